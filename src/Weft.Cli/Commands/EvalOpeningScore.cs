using System.Globalization;
using Spectre.Console;
using Weft.Cli.Output;
using Weft.Scores;
using Weft.Text;

namespace Weft.Cli.Commands;

/// <summary><c>weft eval --protocol opening-score</c>: score every output on OpenING's seven criteria, write the score file, print the summary.</summary>
internal static class EvalOpeningScore
{
    /// <summary>The scores file written in the run folder unless <c>--out</c> names another.</summary>
    public const string FileName = "opening-scores.json";

    public static async Task<int> ExecuteAsync(CliConsole console, OpeningScoreOptions options, string format, string? outPath, CancellationToken cancellationToken)
    {
        var outcome = await new OpeningScoreRunner(options, new ConsoleObserver(console, "Scoring"), console.Environment).RunAsync(cancellationToken);
        console.Status.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Plural.Count(outcome.Instances, "instance")} × {Plural.Count(options.Systems.Count, "system")}: {Plural.Count(outcome.Outputs, "output")}, {Plural.Count(outcome.MissingOutputs, "missing output")}, {Plural.Count(outcome.ImageProblems, "unusable image")}."));
        if (outcome.Estimate is { } e)
        {
            console.Status.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Dry run: {Plural.Count(e.Items, "output")} to score → {Plural.Count(e.Requests, "request")} ({e.CachedRequests:N0} already answered in the store), about {Plural.Count(e.InputTokens, "input token")} ({e.TextTokens:N0} text + {e.ImageTokens:N0} image) and at most {Plural.Count(e.MaxOutputTokens, "output token")}, not counting repair requests. Nothing was sent."));
            return ExitCodes.Success;
        }

        var path = outPath ?? Path.Combine(options.RunFolder, FileName);
        var written = await OutFile.WriteAsync(console, path, (file, ct) => OpeningScoreWriter.WriteAsync(file, outcome.Scores, ct), cancellationToken);
        console.Status.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Scored {outcome.Scored:N0}, errors {outcome.Errors:N0}, not finished {outcome.Pending:N0}; this run sent {Plural.Count(outcome.Sent, "request")} ({outcome.InputTokens:N0} input and {outcome.OutputTokens:N0} output tokens) and answered {outcome.CacheHits:N0} from the store."));
        console.Status.WriteLine(path == OutFile.StandardOutput
            ? $"Scores: {written} (OpenING score-file format; the summary is left out so standard output holds one document)."
            : $"Scores: {written} (OpenING score-file format; 'weft scores summarize --scores {Quote(path)}' prints this summary again).");
        if (outcome.Scores.Count > 0 && path != OutFile.StandardOutput)
        {
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
