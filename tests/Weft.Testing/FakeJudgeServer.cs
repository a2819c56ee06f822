using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Weft.Testing;

/// <summary>
/// An in-process fake of the OpenAI, Azure OpenAI and Ollama chat endpoints (and OpenAI's image generation endpoint) on 127.0.0.1 (random port), for tests
/// that drive real HTTP clients; it records every chat request and answers from a queue of behaviours, then from
/// <see cref="Responder"/>.
/// </summary>
public sealed partial class FakeJudgeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Queue<FakeBehavior> _queue = new();
    private readonly List<FakeRequest> _requests = [];
    private readonly Dictionary<string, int> _countsByKey = new(StringComparer.Ordinal);
    private Func<FakeRequest, FakeBehavior> _responder = _ => FakeBehavior.Default;
    private long _latencyTicks;
    private int _disposed;

    private FakeJudgeServer(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    /// <summary>The server's root, <c>http://127.0.0.1:PORT/</c>; give it to Ollama clients as is.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary><see cref="BaseUri"/> + <c>v1/</c>: what an OpenAI client's Endpoint is set to.</summary>
    public Uri OpenAIEndpoint => new(BaseUri, "v1/");

    /// <summary>Requests (chat and image generation) received since start or <see cref="Reset"/>, faulted ones included.</summary>
    public int RequestCount
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    /// <summary>Image generation requests received since start or <see cref="Reset"/>, faulted ones included.</summary>
    public int ImageRequestCount
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count(r => r.IsImageRequest);
            }
        }
    }

    /// <summary>Chat requests received since start or <see cref="Reset"/>, faulted ones included.</summary>
    public int ChatRequestCount
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count(r => !r.IsImageRequest);
            }
        }
    }

    /// <summary>A copy of the chat requests received since start or <see cref="Reset"/>, in arrival order.</summary>
    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The behaviour for requests that find the queue empty; <see cref="FakeBehavior.Default"/> unless set.</summary>
    public Func<FakeRequest, FakeBehavior> Responder
    {
        get => Volatile.Read(ref _responder);
        set => Volatile.Write(ref _responder, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>A delay added before every reply, faults included (default zero); it never holds up other requests.</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            Interlocked.Exchange(ref _latencyTicks, value.Ticks);
        }
    }

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeJudgeServer> StartAsync(CancellationToken cancellationToken = default)
    {
        // The empty builder reads no configuration and adds no logging providers: nothing from the environment
        // (ASPNETCORE_URLS, appsettings) leaks in, and nothing is written to the console.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            // Judge requests carry base64 images; a real provider accepts tens of megabytes.
            options.Limits.MaxRequestBodySize = null;
            options.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
        });

        var server = new FakeJudgeServer(builder.Build());
        try
        {
            await server._app.StartAsync(cancellationToken);
            var addresses = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            server.BaseUri = new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>How many requests with this <see cref="FakeRequest.RequestKey"/> arrived since start or <see cref="Reset"/>.</summary>
    public int CountFor(string requestKey)
    {
        lock (_gate)
        {
            return _countsByKey.GetValueOrDefault(requestKey);
        }
    }

    /// <summary>Queues behaviours for the next requests, first in first out; <see cref="Responder"/> answers once they are used up.</summary>
    public void Enqueue(params FakeBehavior[] behaviors)
    {
        ArgumentNullException.ThrowIfNull(behaviors);
        lock (_gate)
        {
            foreach (var behavior in behaviors)
            {
                _queue.Enqueue(behavior ?? throw new ArgumentException("A behaviour is null.", nameof(behaviors)));
            }
        }
    }

    /// <summary>Forgets counters, queued behaviours and captured requests; <see cref="Responder"/> and <see cref="Latency"/> stay.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _queue.Clear();
            _requests.Clear();
            _countsByKey.Clear();
        }
    }

    /// <summary>Stops the server, ending requests still held by <see cref="Latency"/> or a hang.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await _app.StopAsync(timeout.Token);
            }
            catch (InvalidOperationException)
            {
                // Never started (StartAsync failed): nothing to stop.
            }
        }

        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
