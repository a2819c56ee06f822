using System.Globalization;
using Spectre.Console;
using Weft.Cli.Output;
using Weft.Scores;

namespace Weft.Cli.Commands;

/// <summary><c>weft eval --protocol opening-score</c>: score every output on OpenING's seven criteria, write the score file, print the summary.</summary>
internal static class EvalOpeningScore
{
    /// <summary>The scores file written in the run folder unless <c>--out</c> names another.</summary>
    public const string FileName = "opening-scores.json";

    public static async Task<int> ExecuteAsync(CliConsole console, OpeningScoreOptions options, string format, string? outPath, CancellationToken cancellationToken)
    {
        var outcome = await new OpeningScoreRunner(options, new ConsoleObserver(console, "Scoring"), console.Environment).RunAsync(cancellationToken);
        console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{outcome.Instances:N0} instances × {options.Systems.Count} system(s): {outcome.Outputs:N0} outputs, {outcome.MissingOutputs:N0} missing outputs, {outcome.ImageProblems:N0} unusable images."));
        if (outcome.Estimate is { } e)
        {
            console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Dry run: {e.Items:N0} outputs to score → {e.Requests:N0} requests ({e.CachedRequests:N0} already answered in the store), about {e.InputTokens:N0} input tokens ({e.TextTokens:N0} text + {e.ImageTokens:N0} image) and at most {e.MaxOutputTokens:N0} output tokens, not counting repair requests. Nothing was sent."));
            return ExitCodes.Success;
        }

        var path = outPath ?? Path.Combine(options.RunFolder, FileName);
        await OpeningScoreWriter.WriteAsync(path, outcome.Scores, cancellationToken);
        console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Scored {outcome.Scored:N0}, errors {outcome.Errors:N0}, not finished {outcome.Pending:N0}; this run sent {outcome.Sent:N0} requests ({outcome.InputTokens:N0} input and {outcome.OutputTokens:N0} output tokens) and answered {outcome.CacheHits:N0} from the store."));
        console.Out.WriteLine($"Scores: {path} (OpenING score-file format; 'weft scores summarize --scores {Quote(path)}' prints this summary again).");
        if (outcome.Scores.Count > 0)
        {
            console.Out.WriteLine();
            console.Out.Profile.Out.Writer.Write(OpeningSummaryWriter.Format(OpeningSummary.Summarize(outcome.Scores), format));
        }

        if (outcome.ErrorRateExceeded)
        {
            await console.Error.WriteLineAsync(JudgeErrorAdvice.Line("finished outputs", outcome.Errors, outcome.Scored + outcome.Errors, outcome.ErrorRate, outcome.MaxErrorRate, outcome.ReplyErrors));
            return ExitCodes.TooManyErrors;
        }

        return ExitCodes.Success;
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
