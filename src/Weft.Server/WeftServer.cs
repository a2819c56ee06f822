using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Weft.Annotations;
using Weft.Server.Annotations;
using Weft.Server.Web;

namespace Weft.Server;

/// <summary>The local web app: browse a run (leaderboard, instances with outputs and judge verdicts) and collect human ratings.</summary>
public static class WeftServer
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Loads the run in <see cref="ServerOptions.RunFolder"/> and starts listening; dispose the handle to stop.</summary>
    /// <exception cref="Runs.EvalSetupException">The folder holds no run or its content files are gone.</exception>
    /// <exception cref="Benchmarks.DataFormatException">The battles file names an instance or a system the run does not have.</exception>
    public static async Task<ServerHandle> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BattlesFile is not null && options.Mode != AnnotationMode.Pairwise)
        {
            throw new ArgumentException("a battles file is for pairwise mode only", nameof(options));
        }

        var catalog = await RunCatalog.LoadAsync(options.RunFolder, cancellationToken, options.BattlesFile);
        var store = await SqliteAnnotationStore.OpenAsync(options.RunFolder, cancellationToken);
        try
        {
            var service = new AnnotationService(catalog, store, options.Mode, options.Scale, options.Time);
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls(options.Urls);
            var app = builder.Build();
            app.Use(async (context, next) =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-store";
                await next(context);
            });
            var auth = new TokenAuth(store);
            app.Use((context, next) => auth.InvokeAsync(context, ctx => next(ctx)));
            Endpoints.Map(app, service);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e) when (IsAddressInUse(e))
            {
                await app.DisposeAsync();
                throw new ListenAddressInUseException(string.Join(", ", ListenUrls.Authorities(options.Urls)), e);
            }

            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new ServerHandle(app, store, new Uri(address.TrimEnd('/') + "/"), catalog.Pairs.Count, catalog.SkippedBattles);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    // Kestrel reports a taken port as an IOException caused (at some depth) by the socket's AddressAlreadyInUse.
    private static bool IsAddressInUse(IOException exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return true;
            }
        }

        return false;
    }
}
