using System.CommandLine;
using Spectre.Console;
using Weft.Cli.Output;
using Weft.Files;
using Weft.Scores;

namespace Weft.Cli.Commands;

/// <summary><c>weft scores summarize</c>: per-system criterion means and Overall by OpenING's rule, with our unrounded means and intervals.</summary>
internal static class ScoresSummarizeCommand
{
    private static readonly Option<string> Scores = new("--scores") { Description = "OpenING score file: a JSON array of {data_id, model: {id, name}, score: {criterion: {Score, Justification}}}, or of the newer {instance_id, model: {name}, score}.", Required = true };
    private static readonly Option<string> Format = CliOptions.OneOf(new Option<string>("--format") { Description = "table, md, csv or json.", DefaultValueFactory = _ => "table" }, [.. OpeningSummaryWriter.Formats]);
    private static readonly Option<string?> Out = new("--out") { Description = "Write the summary to this file instead of the console." };

    public static Command Create(CliConsole console)
    {
        var command = new Command("summarize", "Summarize absolute scores: each criterion's mean rounded to 2 decimals, Overall = mean of those, ranked; plus unrounded means with 95% intervals.")
        {
            Scores, Format, Out,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var scores = await OpeningScoreReader.ReadAsync(result.GetValue(Scores)!, cancellationToken);
            var text = OpeningSummaryWriter.Format(OpeningSummary.Summarize(scores), result.GetValue(Format)!);
            if (OutFile.FileOrConsole(result.GetValue(Out)) is { } path)
            {
                await AtomicFile.WriteAllTextAsync(path, text, cancellationToken);
                console.Status.WriteLine($"Wrote {Path.GetFullPath(path)}");
            }
            else
            {
                console.Out.Profile.Out.Writer.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
