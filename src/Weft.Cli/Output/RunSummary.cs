using System.Globalization;
using Spectre.Console;
using Weft.Runs;
using Weft.Text;

namespace Weft.Cli.Output;

/// <summary>The few lines printed when <c>weft eval</c> ends.</summary>
internal static class RunSummary
{
    public static void Write(IAnsiConsole console, EvalOutcome outcome, EvalOptions options)
    {
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{Plural.Count(outcome.Instances, "instance")} × {Plural.Count(options.Systems.Count, "system")}: {Plural.Count(outcome.Outputs, "output")}, {Plural.Count(outcome.MissingOutputs, "missing output")}, {Plural.Count(outcome.ImageProblems, "unusable image")}.");
        console.WriteLine(line);
        if (outcome.Estimate is { } e)
        {
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Dry run: {Plural.Count(e.Items, "output")} to judge → {Plural.Count(e.Requests, "request")} ({e.CachedRequests:N0} already answered in the store), about {Plural.Count(e.InputTokens, "input token")} ({e.TextTokens:N0} text + {e.ImageTokens:N0} image) and at most {Plural.Count(e.MaxOutputTokens, "output token")}, not counting repair requests. Nothing was sent."));
            return;
        }

        if (!options.Judge.IsNone)
        {
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Judged {outcome.Judged:N0}, errors {outcome.Errors:N0}, not finished {outcome.Pending:N0}; this run sent {Plural.Count(outcome.Sent, "request")} and answered {outcome.CacheHits:N0} from the store."));
        }

        console.WriteLine($"Run folder: {options.RunFolder} (weft report --run {Quote(options.RunFolder)} prints this report again).");
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
