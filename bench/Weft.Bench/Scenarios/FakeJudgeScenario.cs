using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Weft.Bench.Support;

namespace Weft.Bench.Scenarios;

/// <summary>
/// A stand-in OpenAI-compatible judge for load tests: it drains the request body, waits a fixed latency and sends one
/// canned reply. Unlike the test fake it keeps and parses nothing, so its own CPU stays far below the harness's.
/// </summary>
internal sealed class FakeJudgeScenario : IScenario
{
    public string Name => "fake-judge";

    public string Description => "an OpenAI-compatible judge with fixed latency (started by e2e and promptfoo; prints its URL)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var latency = TimeSpan.FromMilliseconds(options.Double("--latency-ms", 200));
        var faultRate = options.Double("--fault-rate", 0);
        var seed = options.Int("--seed", 1);
        var port = options.Int("--port", 0);
        options.ThrowOnUnknown();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = null;
            k.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        await using var app = builder.Build();
        var reply = Encoding.UTF8.GetBytes(CannedReply.Completion());
        var random = new Random(seed);
        var gate = new Lock();
        long requests = 0, faults = 0, received = 0;
        // One sink for every request: what is read is thrown away, so sharing it is harmless.
        var drain = new byte[64 * 1024];
        app.Run(async http =>
        {
            // Draining (not parsing) the body: a real server reads it all before answering.
            var body = http.Request.Body;
            int read;
            while ((read = await body.ReadAsync(drain.AsMemory(), http.RequestAborted)) > 0)
            {
                Interlocked.Add(ref received, read);
            }

            Interlocked.Increment(ref requests);
            await Task.Delay(latency, http.RequestAborted);
            bool fault;
            lock (gate)
            {
                fault = random.NextDouble() < faultRate;
            }

            if (fault)
            {
                Interlocked.Increment(ref faults);
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            http.Response.ContentType = "application/json";
            http.Response.ContentLength = reply.Length;
            await http.Response.Body.WriteAsync(reply, http.RequestAborted);
        });

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Console.WriteLine($"listening {address.TrimEnd('/')}/v1/");
        Console.Out.Flush();

        // The parent closes our standard input (or dies) when it is done: a fake judge never outlives its benchmark.
        await Task.Run(() => Console.In.ReadToEnd(), cancellationToken).WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        await app.StopAsync(CancellationToken.None);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fake judge: {requests:N0} requests, {faults:N0} faults, {received / Math.Max(1, requests) / 1024.0:F1} KB received per request"));
        return 0;
    }
}
