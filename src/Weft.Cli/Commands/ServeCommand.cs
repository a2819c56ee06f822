using System.CommandLine;
using Spectre.Console;
using Weft.Server;
using Weft.Text;

namespace Weft.Cli.Commands;

/// <summary><c>weft serve</c>: the local web app to browse a run and collect human ratings, until Ctrl+C.</summary>
internal static class ServeCommand
{
    private static readonly Option<string> Run = new("--run") { Description = "Run folder.", Required = true };
    private static readonly Option<string> Urls = new("--urls") { Description = "Addresses to listen on (default http://127.0.0.1:5175, loopback only).", DefaultValueFactory = _ => ServerOptions.DefaultUrls };
    private static readonly Option<string> Mode = CliOptions.OneOf(new Option<string>("--mode") { Description = "scoring (each applicable aspect on the scale) or pairwise (A / B / Tie(A) / Tie(B)).", DefaultValueFactory = _ => "scoring" }, "scoring", "pairwise");
    private static readonly Option<string?> Battles = new("--battles") { Description = "Pairwise mode: the battles to decide (JSONL as weft arena sample writes); default every pair of systems on every instance." };
    private static readonly Option<string> Scale = new("--scale") { Description = "Scoring scale MIN-MAX, integers 0-9.", DefaultValueFactory = _ => "0-3" };

    public static Command Create(CliConsole console)
    {
        var command = new Command("serve", "Serve a run in the browser: leaderboard, instances, and annotation by invited annotators.") { Run, Urls, Mode, Battles, Scale };
        command.SetAction(async (result, cancellationToken) =>
        {
            var scale = RatingScale.TryParse(result.GetValue(Scale)!)
                ?? throw new UsageException($"--scale '{result.GetValue(Scale)}' is not MIN-MAX with integers 0-9 and MIN below MAX.");
            var pairwise = result.GetValue(Mode) == "pairwise";
            if (result.GetValue(Battles) is not null && !pairwise)
            {
                throw new UsageException("--battles is for --mode pairwise");
            }

            var options = new ServerOptions
            {
                BattlesFile = result.GetValue(Battles),
                RunFolder = result.GetValue(Run)!,
                Urls = result.GetValue(Urls)!,
                Mode = pairwise ? AnnotationMode.Pairwise : AnnotationMode.Scoring,
                Scale = scale,
            };
            var exposed = options.AddressesBeyondLoopback();
            if (exposed.Count > 0)
            {
                await console.Error.WriteLineAsync(
                    $"warning: listening on {string.Join(", ", exposed)}, beyond this machine: annotators' tokens then travel over the network, unencrypted unless a TLS proxy is in front.");
            }

            await using var server = await StartAsync(options, cancellationToken);
            console.Status.WriteLine($"Serving {options.RunFolder} at {server.Address} ({result.GetValue(Mode)} mode). Press Ctrl+C to stop.");
            if (pairwise)
            {
                console.Status.WriteLine($"{Plural.Count(server.Battles, "battle")} to decide" + (server.SkippedBattles > 0 ? $" ({server.SkippedBattles:N0} of the battles file left out: a side without an output, or a repeat)." : "."));
            }

            console.Status.WriteLine("Annotators open the link with their token: " + server.Address + "?token=...");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how the server is meant to stop: not an interruption of unfinished work.
            }

            await server.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<ServerHandle> StartAsync(ServerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await WeftServer.StartAsync(options, cancellationToken);
        }
        catch (ListenAddressInUseException e)
        {
            throw new UsageException($"address {e.Address} is in use; choose another with --urls");
        }
    }
}
