using System.Globalization;
using Spectre.Console;
using Weft.Runs;

namespace Weft.Cli.Output;

/// <summary>The few lines printed when <c>weft eval</c> ends.</summary>
internal static class RunSummary
{
    public static void Write(IAnsiConsole console, EvalOutcome outcome, EvalOptions options)
    {
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{outcome.Instances:N0} instances × {options.Systems.Count} system(s): {outcome.Outputs:N0} outputs, {outcome.MissingOutputs:N0} missing outputs, {outcome.ImageProblems:N0} unusable images.");
        console.WriteLine(line);
        if (outcome.Estimate is { } e)
        {
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Dry run: {e.Items:N0} outputs to judge → {e.Requests:N0} requests ({e.CachedRequests:N0} already answered in the store), about {e.InputTokens:N0} input tokens ({e.TextTokens:N0} text + {e.ImageTokens:N0} image) and at most {e.MaxOutputTokens:N0} output tokens, not counting repair requests. Nothing was sent."));
            return;
        }

        if (!options.Judge.IsNone)
        {
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Judged {outcome.Judged:N0}, errors {outcome.Errors:N0}, not finished {outcome.Pending:N0}; this run sent {outcome.Sent:N0} requests and answered {outcome.CacheHits:N0} from the store."));
        }

        console.WriteLine($"Run folder: {options.RunFolder} (weft report --run {Quote(options.RunFolder)} prints this report again).");
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
