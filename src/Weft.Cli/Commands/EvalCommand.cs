using System.CommandLine;
using Weft.Cli.Output;
using Weft.Judges;
using Weft.Metrics.Reference;
using Weft.Protocols;
using Weft.Protocols.Rubrics;
using Weft.Runs;
using Weft.Scores;

namespace Weft.Cli.Commands;

/// <summary><c>weft eval</c>: judge (or, without a judge, measure) the outputs of one or more systems on a benchmark.</summary>
internal static class EvalCommand
{
    private static readonly Option<string> Bench = new("--bench") { Description = "Benchmark file (Weft JSONL, OpenING test_data.jsonl or InterleavedBench JSON).", Required = true };
    private static readonly Option<string?> BenchFormat = new("--bench-format") { Description = "Benchmark format: weft, opening or interleavedbench (default: detected)." };
    private static readonly Option<string[]> Systems = new("--system") { Description = "A system's outputs as NAME=PATH (file or folder); repeat for several systems.", Required = true, Arity = ArgumentArity.OneOrMore };
    private static readonly Option<string?> OutputsFormat = new("--outputs-format") { Description = "Outputs format: weft or opening (default: detected)." };
    private static readonly Option<string?> Run = new("--run") { Description = "Run folder holding the store; running again with the same folder resumes (default: runs/<benchmark name>)." };
    private static readonly Option<string> Judge = new("--judge") { Description = "none, openai:MODEL, azure:DEPLOYMENT or ollama:MODEL.", DefaultValueFactory = _ => "none" };
    private static readonly Option<string?> JudgeUrl = new("--judge-url") { Description = "Judge endpoint base URL (an OpenAI-compatible server's /v1/ URL, an Azure resource URL, or Ollama's URL)." };
    private static readonly Option<string?> JudgeKeyEnv = new("--judge-key-env") { Description = "Environment variable holding the API key (default OPENAI_API_KEY, or AZURE_OPENAI_API_KEY for azure)." };
    private static readonly Option<bool> PerAspect = new("--per-aspect") { Description = "One judge request per aspect instead of one for all applicable aspects." };
    private static readonly Option<int> MaxImageSide = new("--max-image-side") { Description = "Downscale images so their long side is at most this many pixels.", DefaultValueFactory = _ => 1024 };
    private static readonly Option<string> ImageDetail = CliOptions.OneOf(new Option<string>("--image-detail") { Description = "Image detail level for OpenAI-style judges: auto, low or high.", DefaultValueFactory = _ => "auto" }, "auto", "low", "high");
    private static readonly Option<float> Temperature = new("--temperature") { Description = "Judge temperature.", DefaultValueFactory = _ => 0f };
    private static readonly Option<int?> MaxOutputTokens = new("--max-output-tokens") { Description = "Reply token limit per request (default: 400 per aspect asked; 1200 with --protocol opening-score)." };
    private static readonly Option<string?> Config = new("--config") { Description = "JSON file with per-task applicability rules (see docs/protocols.md)." };
    private static readonly Option<int?> Limit = new("--limit") { Description = "Only the first N instances (after --task)." };
    private static readonly Option<string[]> Tasks = new("--task") { Description = "Only instances of this task; repeat for several." };
    private static readonly Option<bool> AllowRemoteImages = new("--allow-remote-images") { Description = "Fetch http(s) images named by the data (off by default)." };
    private static readonly Option<bool> AllowMissingImages = new("--allow-missing-images") { Description = "Judge even when some images are missing or undecodable; the judge sees a note in their place." };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Count requests and estimate tokens; call nothing." };
    private static readonly Option<bool> RetryErrors = new("--retry-errors") { Description = "Ask again where earlier replies gave no valid score." };
    private static readonly Option<double> MaxErrorRate = new("--max-error-rate") { Description = "Exit with code 3 when a larger share of judged outputs ends in error.", DefaultValueFactory = _ => 0.05 };
    private static readonly Option<string?> Metrics = new("--metrics") { Description = "Reference-based baselines for instances with a reference, comma-separated: bleu, rougeL, ssim, phash (stored as ref.*)." };
    private static readonly Option<string> Format = CliOptions.OneOf(new Option<string>("--format") { Description = "Report printed at the end: table, md, csv or json.", DefaultValueFactory = _ => "table" }, [.. ReportWriter.Formats]);
    private static readonly Option<string> Protocol = new("--protocol") { Description = "interleaved-eval (five aspects 0–5, the default), opening-score (OpenING's seven criteria 0–10 with a justification each; needs --judge), or a protocol file (.json, .yaml: your own rubric; see weft protocols).", DefaultValueFactory = _ => InterleavedEvalProtocol.Name };
    private static readonly Option<string?> Out = new("--out") { Description = "With --protocol opening-score: write the scores file here (default: opening-scores.json in the run folder)." };

    /// <summary>The protocols <c>--protocol</c> accepts.</summary>
    private static readonly string[] KnownProtocols = [InterleavedEvalProtocol.Name, OpeningScoreProtocol.Name];

    private static readonly SchedulerFlags Scheduling = new("Judge requests in flight at once.");

    public static Command Create(CliConsole console)
    {
        var command = new Command("eval", "Evaluate system outputs on a benchmark: offline metrics always, reference-based baselines with --metrics, judge scores with --judge.")
        {
            Bench, BenchFormat, Systems, OutputsFormat, Run, Judge, JudgeUrl, JudgeKeyEnv, PerAspect, MaxImageSide, ImageDetail, Temperature,
            MaxOutputTokens, Config, Limit, Tasks, AllowRemoteImages, AllowMissingImages, DryRun,
            RetryErrors, MaxErrorRate, Metrics, Format, Protocol, Out,
        };
        Scheduling.AddTo(command);
        command.SetAction((result, cancellationToken) => ExecuteAsync(result, console, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult result, CliConsole console, CancellationToken cancellationToken)
    {
        var protocol = ParseProtocol(result);
        if (protocol == OpeningScoreProtocol.Name)
        {
            return await EvalOpeningScore.ExecuteAsync(console, ScoreOptions(result), result.GetValue(Format)!, result.GetValue(Out), cancellationToken);
        }

        if (result.GetValue(Out) is not null)
        {
            throw new UsageException("--out applies to --protocol opening-score; to write a report file use 'weft report --run RUN --format FORMAT --out FILE'");
        }

        var options = Options(result) with { Protocol = protocol == RubricFileProtocol ? ReadProtocolFile(result) : null };
        var observer = new ConsoleObserver(console);
        var outcome = await new EvalRunner(options, observer, console.Environment).RunAsync(cancellationToken);
        RunSummary.Write(console.Status, outcome, options);
        if (options.DryRun)
        {
            return ExitCodes.Success;
        }

        await ReportWriter.WriteAsync(console, options.RunFolder, result.GetValue(Format)!, null, cancellationToken);
        if (outcome.ErrorRateExceeded)
        {
            await console.Error.WriteLineAsync(JudgeErrorAdvice.Line("judged outputs", outcome.Errors, outcome.Judged + outcome.Errors, outcome.ErrorRate, outcome.MaxErrorRate, outcome.ReplyErrors));
            return ExitCodes.TooManyErrors;
        }

        return ExitCodes.Success;
    }

    // What ParseProtocol returns for a protocol file (a path ending in .json, .yaml or .yml).
    private const string RubricFileProtocol = "(file)";

    private static RubricProtocol ReadProtocolFile(ParseResult result)
    {
        var judge = ParseJudge(result.GetValue(Judge)!);
        if (judge.IsNone)
        {
            throw new UsageException("--protocol FILE needs a judge: add --judge (for example --judge openai:gpt-4o)");
        }

        var definition = RubricFile.Read(result.GetValue(Protocol)!.Trim());
        return new RubricProtocol(definition, Options(result).Settings);
    }

    private static string ParseProtocol(ParseResult result)
    {
        var text = result.GetValue(Protocol)!.Trim();
        var protocol = KnownProtocols.FirstOrDefault(p => string.Equals(p, text, StringComparison.OrdinalIgnoreCase));
        if (protocol is null && (text.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || RubricFile.IsYaml(text)))
        {
            return RubricFileProtocol;
        }

        if (protocol is null)
        {
            var pairwise = string.Equals(text, PairwiseProtocol.Name, StringComparison.OrdinalIgnoreCase) ? " (pairwise comparisons are 'weft arena judge')" : string.Empty;
            throw new UsageException($"--protocol '{text}' is not a protocol weft eval knows{pairwise}; use one of: {string.Join(", ", KnownProtocols)}, or a protocol file ending in .json, .yaml or .yml");
        }

        return protocol;
    }

    // The opening-score protocol shares eval's inputs, judge and scheduling options; the options that only make sense
    // for the five InterleavedEval aspects are refused rather than silently ignored.
    private static OpeningScoreOptions ScoreOptions(ParseResult result)
    {
        foreach (var (given, name) in new[] { (result.GetValue(PerAspect), "--per-aspect"), (result.GetValue(Config) is not null, "--config"), (result.GetValue(Metrics) is not null, "--metrics") })
        {
            if (given)
            {
                throw new UsageException($"{name} applies to --protocol interleaved-eval only, not to --protocol opening-score");
            }
        }

        var judge = ParseJudge(result.GetValue(Judge)!);
        if (judge.IsNone)
        {
            throw new UsageException("--protocol opening-score needs a judge: pass --judge openai:MODEL, azure:DEPLOYMENT or ollama:MODEL (and --judge-url for a local server)");
        }

        var bench = result.GetValue(Bench)!;
        var options = Options(result, Path.Combine("runs", Path.GetFileNameWithoutExtension(bench) + "-opening-score"));
        return new OpeningScoreOptions(
            options.Benchmark,
            options.BenchmarkFormat,
            options.Systems,
            options.RunFolder,
            options.Judge,
            options.Connection,
            options.Settings,
            options.Scheduler,
            options.Tasks,
            options.Limit,
            options.AllowRemoteImages,
            options.AllowMissingImages,
            options.DryRun,
            options.RetryErrors,
            options.MaxErrorRate);
    }

    private static EvalOptions Options(ParseResult result, string? defaultRunFolder = null)
    {
        var bench = result.GetValue(Bench)!;
        var judge = ParseJudge(result.GetValue(Judge)!);
        var url = result.GetValue(JudgeUrl) is { } text ? ParseUrl(text) : null;
        var settings = new JudgeSettings(
            judge.ToString(),
            result.GetValue(Temperature) is >= 0 and <= 2 ? result.GetValue(Temperature) : throw new UsageException("--temperature must be between 0 and 2"),
            result.GetValue(MaxOutputTokens) is { } max ? Positive(max, "--max-output-tokens") : null,
            result.GetValue(PerAspect),
            result.GetValue(ImageDetail)!,
            result.GetValue(MaxImageSide) is >= 16 and <= 8192 ? result.GetValue(MaxImageSide) : throw new UsageException("--max-image-side must be between 16 and 8192"));
        var scheduler = Scheduling.Read(result);
        var rules = result.GetValue(Config) is { } config ? ProtocolConfigReader.Read(config) : [];
        var runFolder = result.GetValue(Run) ?? defaultRunFolder ?? Path.Combine("runs", Path.GetFileNameWithoutExtension(bench));
        var maxErrorRate = result.GetValue(MaxErrorRate);
        if (maxErrorRate is < 0 or > 1)
        {
            throw new UsageException("--max-error-rate must be between 0 and 1");
        }

        return new EvalOptions(
            bench,
            result.GetValue(BenchFormat),
            ParseSystems(result.GetValue(Systems) ?? [], result.GetValue(OutputsFormat)),
            runFolder,
            judge,
            new JudgeConnection(url, result.GetValue(JudgeKeyEnv), scheduler.Timeout),
            settings,
            scheduler,
            rules,
            result.GetValue(Tasks) ?? [],
            result.GetValue(Limit) is { } limit ? Positive(limit, "--limit") : null,
            result.GetValue(AllowRemoteImages),
            result.GetValue(AllowMissingImages),
            result.GetValue(DryRun),
            result.GetValue(RetryErrors),
            maxErrorRate,
            result.GetValue(Metrics) is { } metrics ? ParseMetrics(metrics) : null);
    }

    private static IReadOnlyList<ReferenceMetric> ParseMetrics(string text)
    {
        try
        {
            return ReferenceMetricNames.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException("--metrics: " + e.Message);
        }
    }

    internal static JudgeSpec ParseJudge(string text)
    {
        try
        {
            return JudgeSpec.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    internal static Uri ParseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"--judge-url '{text}' is not an http(s) URL");

    internal static List<SystemSource> ParseSystems(string[] values, string? format)
    {
        var systems = new List<SystemSource>();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw new UsageException($"--system '{value}' must be NAME=PATH (for example --system gpt4o=outputs/gpt4o.jsonl)");
            }

            var name = value[..equals].Trim();
            if (systems.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new UsageException($"--system '{name}' is given twice");
            }

            systems.Add(new SystemSource(name, value[(equals + 1)..].Trim(), format));
        }

        return systems;
    }

    internal static int Positive(int value, string option) => value > 0 ? value : throw new UsageException($"{option} must be a positive number");
}
