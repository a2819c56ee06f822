using System.CommandLine;
using Spectre.Console;
using Weft.Annotations;
using Weft.Cli.Output;
using Weft.Files;
using Weft.Text;

namespace Weft.Cli.Commands;

/// <summary><c>weft annotations export</c>: collected human ratings or pairwise verdicts in the formats weft meta and weft arena read.</summary>
internal static class AnnotationsCommand
{
    private static readonly Option<string> Run = new("--run") { Description = "Run folder.", Required = true };
    private static readonly Option<string> Kind = CliOptions.OneOf(new Option<string>("--kind") { Description = "ratings (scoring mode) or pairwise.", Required = true }, "ratings", "pairwise");
    private static readonly Option<string> Out = new("--out") { Description = "File to write.", Required = true };
    private static readonly Option<string?> Format = CliOptions.OneOf(new Option<string?>("--format") { Description = "jsonl or csv (ratings only); default from the --out extension, else jsonl." }, "jsonl", "csv");

    public static Command Create(CliConsole console)
    {
        var export = new Command("export", "Write collected annotations: ratings as JSONL/CSV (instance,system,aspect,rater,score,comment), pairwise verdicts as JSONL.")
        {
            Run, Kind, Out, Format,
        };
        export.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(Out)!;
            var format = result.GetValue(Format) ?? (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "jsonl");
            string text;
            int count;
            using (var store = await SqliteAnnotationStore.OpenAsync(result.GetValue(Run)!, cancellationToken))
            {
                if (result.GetValue(Kind) == "pairwise")
                {
                    if (format == "csv")
                    {
                        throw new UsageException("pairwise verdicts are exported as jsonl only.");
                    }

                    var verdicts = await store.ReadVerdictsAsync(cancellationToken: cancellationToken);
                    (text, count) = (AnnotationExport.VerdictsJsonLines(verdicts), verdicts.Count);
                }
                else
                {
                    var ratings = await store.ReadRatingsAsync(cancellationToken: cancellationToken);
                    (text, count) = (format == "csv" ? AnnotationExport.RatingsCsv(ratings) : AnnotationExport.RatingsJsonLines(ratings), ratings.Count);
                }
            }

            var target = await OutFile.WriteAsync(console, path, (file, ct) => AtomicFile.WriteAllTextAsync(file, text, ct), cancellationToken);
            console.Status.WriteLine($"Wrote {Plural.Count(count, result.GetValue(Kind) + " record")} to {target}.");
            return ExitCodes.Success;
        });
        return new Command("annotations", "Collected human annotations.") { export };
    }
}
