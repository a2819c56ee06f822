using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Weft.Arena;
using Weft.Cli.Output;
using Weft.Judges;
using Weft.Protocols;
using Weft.Text;

namespace Weft.Cli.Commands;

/// <summary><c>weft arena judge</c>: ask a judge which of two outputs is better, in both shown orders by default, and write the verdicts.</summary>
internal static class ArenaJudgeCommand
{
    private static readonly Option<string> Bench = new("--bench") { Description = "Benchmark file (Weft JSONL, OpenING test_data.jsonl or InterleavedBench JSON).", Required = true };
    private static readonly Option<string?> BenchFormat = new("--bench-format") { Description = "Benchmark format: weft, opening or interleavedbench (default: detected)." };
    private static readonly Option<string[]> Systems = new("--system") { Description = "A system's outputs as NAME=PATH (file or folder); repeat for each system.", Required = true, Arity = ArgumentArity.OneOrMore };
    private static readonly Option<string?> OutputsFormat = new("--outputs-format") { Description = "Outputs format: weft or opening (default: detected)." };
    private static readonly Option<string?> Battles = new("--battles") { Description = "JSONL battles file ({\"instance\", \"system_a\", \"system_b\"} per line, as weft arena sample writes); default: every pair of systems on every instance where both have outputs." };
    private static readonly Option<string?> Run = new("--run") { Description = "Run folder holding the store; running again with the same folder resumes (default: runs/<benchmark name>-arena)." };
    private static readonly Option<string> Judge = new("--judge") { Description = "openai:MODEL, azure:DEPLOYMENT or ollama:MODEL.", Required = true };
    private static readonly Option<string?> JudgeUrl = new("--judge-url") { Description = "Judge endpoint base URL (an OpenAI-compatible server's /v1/ URL, an Azure resource URL, or Ollama's URL)." };
    private static readonly Option<string?> JudgeKeyEnv = new("--judge-key-env") { Description = "Environment variable holding the API key (default OPENAI_API_KEY, or AZURE_OPENAI_API_KEY for azure)." };
    private static readonly Option<int> MaxImageSide = new("--max-image-side") { Description = "Downscale images so their long side is at most this many pixels.", DefaultValueFactory = _ => 1024 };
    private static readonly Option<string> ImageDetail = CliOptions.OneOf(new Option<string>("--image-detail") { Description = "Image detail level for OpenAI-style judges: auto, low or high.", DefaultValueFactory = _ => "auto" }, "auto", "low", "high");
    private static readonly Option<float> Temperature = new("--temperature") { Description = "Judge temperature.", DefaultValueFactory = _ => 0f };
    private static readonly Option<int?> MaxOutputTokens = new("--max-output-tokens") { Description = "Reply token limit per request (default 600)." };
    private static readonly Option<int?> Limit = new("--limit") { Description = "Only the first N instances of the benchmark." };
    private static readonly Option<bool> AllowRemoteImages = new("--allow-remote-images") { Description = "Fetch http(s) images named by the data (off by default)." };
    private static readonly Option<bool> AllowMissingImages = new("--allow-missing-images") { Description = "Judge even when some images are missing or undecodable; the judge sees a note in their place." };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Count requests and estimate tokens; call nothing." };
    private static readonly Option<bool> RetryErrors = new("--retry-errors") { Description = "Ask again where earlier replies gave no usable verdict." };
    private static readonly Option<bool> SingleOrder = new("--single-order") { Description = "Judge each battle once with system A shown first (half the cost, no position consistency)." };
    private static readonly Option<double> MaxErrorRate = new("--max-error-rate") { Description = "Exit with code 3 when a larger share of finished battles ends in error.", DefaultValueFactory = _ => 0.05 };
    private static readonly Option<string?> Out = new("--out") { Description = "Write the verdicts here as Weft pairwise JSONL (default: verdicts.jsonl in the run folder)." };

    private static readonly SchedulerFlags Scheduling = new("Judge requests in flight at once.");

    public static Command Create(CliConsole console)
    {
        var command = new Command("judge", "Ask a judge which of two system outputs is better, for each battle, in both shown orders by default.")
        {
            Bench, BenchFormat, Systems, OutputsFormat, Battles, Run, Judge, JudgeUrl, JudgeKeyEnv, MaxImageSide, ImageDetail, Temperature, MaxOutputTokens,
            Limit, AllowRemoteImages, AllowMissingImages, DryRun, SingleOrder, MaxErrorRate, RetryErrors, Out,
        };
        Scheduling.AddTo(command);
        command.SetAction((result, cancellationToken) => ExecuteAsync(result, console, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult result, CliConsole console, CancellationToken cancellationToken)
    {
        var options = Options(result);
        var runner = new ArenaJudgeRunner(options, new ConsoleObserver(console), console.Environment);
        var outcome = await runner.RunAsync(cancellationToken);
        if (outcome.Estimate is { } e)
        {
            console.Status.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Dry run: {Plural.Count(outcome.Battles, "battle")}, {Plural.Count(e.Requests, "judge request")} to make ({e.CachedRequests:N0} already answered in the store), about {e.InputTokens:N0} input tokens ({e.TextTokens:N0} text + {e.ImageTokens:N0} image) and at most {e.MaxOutputTokens:N0} output tokens, not counting repair requests. Nothing was sent."));
            return ExitCodes.Success;
        }

        var path = result.GetValue(Out) ?? Path.Combine(options.RunFolder, "verdicts.jsonl");
        path = await OutFile.WriteAsync(console, path, (file, ct) => PairwiseVerdictWriter.WriteAsync(file, outcome.Verdicts, ct), cancellationToken);
        console.Status.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Battles {outcome.Battles:N0}: judged {outcome.Judged:N0}, errors {outcome.Errors:N0}, not finished {outcome.Pending:N0}; this run sent {Plural.Count(outcome.Sent, "request")} ({outcome.InputTokens:N0} input and {outcome.OutputTokens:N0} output tokens) and answered {outcome.CacheHits:N0} from the store."));
        if (outcome.PositionConsistency is { } consistency)
        {
            console.Status.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Position consistency: {consistency * 100:F1}% of {Plural.Count(outcome.BothOrders, "battle")} keep their winner when the order is swapped (FDT); {outcome.ExactAgreement * 100:F1}% give exactly the same verdict."));
        }

        console.Status.WriteLine($"Verdicts: {path} ({outcome.Verdicts.Count:N0}, source {runner.Source}).");
        if (outcome.ErrorRateExceeded)
        {
            await console.Error.WriteLineAsync(JudgeErrorAdvice.Line("battles", outcome.Errors, outcome.Judged + outcome.Errors, outcome.ErrorRate, outcome.MaxErrorRate, outcome.ReplyErrors));
            return ExitCodes.TooManyErrors;
        }

        return ExitCodes.Success;
    }

    private static ArenaJudgeOptions Options(ParseResult result)
    {
        var bench = result.GetValue(Bench)!;
        var judge = EvalCommand.ParseJudge(result.GetValue(Judge)!);
        if (judge.IsNone)
        {
            throw new UsageException("--judge none cannot compare outputs; name a judge (openai:MODEL, azure:DEPLOYMENT or ollama:MODEL)");
        }

        var url = result.GetValue(JudgeUrl) is { } text ? EvalCommand.ParseUrl(text) : null;
        var settings = new JudgeSettings(
            judge.ToString(),
            result.GetValue(Temperature) is >= 0 and <= 2 ? result.GetValue(Temperature) : throw new UsageException("--temperature must be between 0 and 2"),
            result.GetValue(MaxOutputTokens) is { } max ? EvalCommand.Positive(max, "--max-output-tokens") : null,
            false,
            result.GetValue(ImageDetail)!,
            result.GetValue(MaxImageSide) is >= 16 and <= 8192 ? result.GetValue(MaxImageSide) : throw new UsageException("--max-image-side must be between 16 and 8192"));
        var scheduler = Scheduling.Read(result);
        var maxErrorRate = result.GetValue(MaxErrorRate) is >= 0 and <= 1 ? result.GetValue(MaxErrorRate) : throw new UsageException("--max-error-rate must be between 0 and 1");
        return new ArenaJudgeOptions(
            bench,
            result.GetValue(BenchFormat),
            EvalCommand.ParseSystems(result.GetValue(Systems) ?? [], result.GetValue(OutputsFormat)),
            result.GetValue(Run) ?? Path.Combine("runs", Path.GetFileNameWithoutExtension(bench) + "-arena"),
            judge,
            new JudgeConnection(url, result.GetValue(JudgeKeyEnv), scheduler.Timeout),
            settings,
            scheduler,
            result.GetValue(Battles),
            result.GetValue(Limit) is { } limit ? EvalCommand.Positive(limit, "--limit") : null,
            result.GetValue(AllowRemoteImages),
            result.GetValue(AllowMissingImages),
            result.GetValue(DryRun),
            result.GetValue(SingleOrder),
            maxErrorRate,
            result.GetValue(RetryErrors));
    }
}
