using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Weft.Server;

/// <summary>A running web app: where it listens, and how to stop it.</summary>
public sealed class ServerHandle : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly IDisposable resources;

    internal ServerHandle(WebApplication app, IDisposable resources, Uri address, int battles, int skippedBattles)
    {
        this.app = app;
        this.resources = resources;
        Address = address;
        Battles = battles;
        SkippedBattles = skippedBattles;
    }

    /// <summary>The battles of pairwise mode (every pair on every instance, or those of the battles file).</summary>
    public int Battles { get; }

    /// <summary>Battles of the battles file left out: a side without an output, or a repeat of an earlier battle.</summary>
    public int SkippedBattles { get; }

    /// <summary>The first bound address, e.g. <c>http://127.0.0.1:5175/</c> (the real port when 0 was asked for).</summary>
    public Uri Address { get; }

    /// <summary>Completes when the app stops (Ctrl+C or <see cref="StopAsync"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening and finishes requests in flight.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => app.StopAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        resources.Dispose();
    }
}
