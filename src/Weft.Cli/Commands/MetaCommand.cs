using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Weft.Cli.Output;
using Weft.Meta;
using Weft.Runs;

namespace Weft.Cli.Commands;

/// <summary><c>weft meta</c>: correlate a run's judge (and ref.* baselines) with human ratings, with reliability.</summary>
internal static class MetaCommand
{
    private static readonly Option<string> Run = new("--run") { Description = "Run folder.", Required = true };
    private static readonly Option<string> Human = new("--human") { Description = "Human ratings file (.jsonl or .csv).", Required = true };
    private static readonly Option<string> Scale = new("--scale") { Description = "Declared human scale MIN-MAX.", DefaultValueFactory = _ => "0-3" };
    private static readonly Option<int> Samples = new("--bootstrap") { Description = "Bootstrap resamples per correlation (0 = no intervals).", DefaultValueFactory = _ => 1000 };
    private static readonly Option<ulong> Seed = new("--seed") { Description = "Bootstrap seed.", DefaultValueFactory = _ => 1 };
    private static readonly Option<string> Level = CliOptions.OneOf(new Option<string>("--level") { Description = "instance, system or both.", DefaultValueFactory = _ => "both" }, "instance", "system", "both");
    private static readonly Option<string> Format = CliOptions.OneOf(new Option<string>("--format") { Description = "table, md, csv, json or latex.", DefaultValueFactory = _ => "table" }, [.. MetaReportWriter.Formats]);
    private static readonly Option<string?> Out = new("--out") { Description = "Write to this file instead of the console." };

    public static Command Create(CliConsole console)
    {
        var command = new Command("meta", "Meta-evaluate a run's judge against human ratings: Pearson, Spearman, Kendall tau-b with bootstrap CIs per aspect, instance and system level; baselines; inter-rater reliability.")
        {
            Run, Human, Scale, Samples, Seed, Level, Format, Out,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!RatingScale.TryParse(result.GetValue(Scale), out var scale))
            {
                throw new UsageException($"--scale '{result.GetValue(Scale)}' is not MIN-MAX with MIN < MAX (for example 0-3 or 1-5)");
            }

            var samples = result.GetValue(Samples) is >= 0 and <= 1_000_000 ? result.GetValue(Samples) : throw new UsageException("--bootstrap must be between 0 and 1000000");
            IReadOnlyList<MetaLevel> levels = result.GetValue(Level) switch
            {
                "instance" => [MetaLevel.Instance],
                "system" => [MetaLevel.System],
                _ => [MetaLevel.Instance, MetaLevel.System],
            };
            var results = RunResults.Load(result.GetValue(Run)!);
            var ratings = await HumanRatingReader.ReadAsync(result.GetValue(Human)!, scale, results.OwnCriteria ? results.Criteria : null, cancellationToken);
            var options = new MetaOptions { Scale = scale, BootstrapSamples = samples, Seed = result.GetValue(Seed), Levels = levels };
            var report = MetaEvaluation.Run(results, ratings, options);
            if (report.UnmatchedRatings > 0)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"warning: {report.UnmatchedRatings} of {report.Ratings} ratings are for outputs the run does not have; they were ignored"));
            }

            var format = result.GetValue(Format)!;
            if (OutFile.FileOrConsole(result.GetValue(Out)) is { } path)
            {
                await MetaReportWriter.WriteAsync(report, format, path, cancellationToken);
                console.Status.WriteLine($"Wrote {Path.GetFullPath(path)}");
            }
            else
            {
                console.Out.Profile.Out.Writer.Write(MetaReportWriter.Render(report, format, console.Out.Profile.Width));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
