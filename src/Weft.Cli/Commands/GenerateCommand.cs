using System.CommandLine;
using System.Globalization;
using Weft.Cli.Output;
using Weft.Generation;
using Weft.Judges;

namespace Weft.Cli.Commands;

/// <summary><c>weft generate</c>: run a generation system (planner + image model, or an endpoint) over a benchmark and write its outputs for <c>weft eval</c>.</summary>
internal static class GenerateCommand
{
    private static readonly Option<string> Bench = new("--bench") { Description = "Benchmark file (Weft JSONL, OpenING test_data.jsonl or InterleavedBench JSON).", Required = true };
    private static readonly Option<string?> BenchFormat = new("--bench-format") { Description = "Benchmark format: weft, opening or interleavedbench (default: detected)." };
    private static readonly Option<string> SystemName = new("--system") { Description = "System name: the outputs go to OUT/NAME.jsonl and OUT/images/NAME/.", Required = true };
    private static readonly Option<string?> Run = new("--run") { Description = "Run folder (outputs, images, steps and the weft.db store); running again resumes." };

    // The run folder was once given with --out, which every other command uses for a file written; kept hidden so old scripts run.
    private static readonly Option<string?> OldOut = new("--out") { Hidden = true };
    private static readonly Option<string?> Planner = new("--planner") { Description = "Planner: openai:MODEL, azure:DEPLOYMENT or ollama:MODEL." };
    private static readonly Option<string?> PlannerUrl = new("--planner-url") { Description = "Planner endpoint base URL (an OpenAI-compatible /v1/ URL, an Azure resource URL, or Ollama's URL)." };
    private static readonly Option<string?> Images = new("--images") { Description = "Image model: openai:MODEL or azure:DEPLOYMENT." };
    private static readonly Option<string?> ImagesUrl = new("--images-url") { Description = "Image model endpoint base URL (default: the planner's for the same provider, else OpenAI's API)." };
    private static readonly Option<string> ImageSize = new("--image-size") { Description = "Picture size WIDTHxHEIGHT.", DefaultValueFactory = _ => "1024x1024" };
    private static readonly Option<string> PictureQuality = CliOptions.OneOf(new Option<string>("--picture-quality") { Description = "Quality asked of the image model: standard or hd (DALL·E 3); low, medium, high or auto (gpt-image).", DefaultValueFactory = _ => "standard" }, [.. ImageSettings.Qualities]);
    private static readonly Option<string?> Endpoint = new("--endpoint") { Description = "An OpenAI-compatible chat endpoint that answers with text and images (instead of --planner and --images)." };
    private static readonly Option<string?> Model = new("--model") { Description = "The model name to ask the --endpoint for." };
    private static readonly Option<string?> KeyEnv = new("--key-env") { Description = "Environment variable holding the API key (default OPENAI_API_KEY, or AZURE_OPENAI_API_KEY for azure)." };
    private static readonly Option<int> Refine = new("--refine") { Description = "Check every picture with a judge and redraw failed ones up to N times (0 = no checks).", DefaultValueFactory = _ => 0 };
    private static readonly Option<string?> Judge = new("--judge") { Description = "The judge that checks pictures with --refine (default: the planner)." };
    private static readonly Option<string?> JudgeUrl = new("--judge-url") { Description = "The checking judge's endpoint base URL (default: the planner's)." };
    private static readonly Option<int?> Limit = new("--limit") { Description = "Only the first N instances (after --task)." };
    private static readonly Option<string[]> Tasks = new("--task") { Description = "Only instances of this task; repeat for several." };
    private static readonly Option<bool> AllowRemoteImages = new("--allow-remote-images") { Description = "Fetch http(s) images (benchmark inputs and endpoint replies); off by default." };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Count the instances whose first request is not in the store yet; call nothing." };
    private static readonly Option<double> MaxErrorRate = new("--max-error-rate") { Description = "Exit with code 3 when a larger share of instances fails.", DefaultValueFactory = _ => 0.05 };

    private static readonly SchedulerFlags Scheduling = new("Requests in flight at once.");

    public static Command Create(CliConsole console)
    {
        var command = new Command("generate", "Run a generation system over a benchmark: a planner plus an image model, or an endpoint; outputs are ready for weft eval.")
        {
            Bench, BenchFormat, SystemName, Run, OldOut, Planner, PlannerUrl, Images, ImagesUrl, ImageSize, PictureQuality, Endpoint, Model, KeyEnv, Refine, Judge, JudgeUrl,
            Limit, Tasks, AllowRemoteImages, DryRun, MaxErrorRate,
        };
        Scheduling.AddTo(command);
        command.SetAction((result, cancellationToken) => ExecuteAsync(result, console, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(ParseResult result, CliConsole console, CancellationToken cancellationToken)
    {
        var options = Options(result);
        var outcome = await new GenerationRunner(options, new ConsoleObserver(console, "Generating"), console.Environment).RunAsync(cancellationToken);
        GenerateSummary.Write(console.Status, outcome, options);
        if (outcome.ErrorRateExceeded)
        {
            await console.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"error: {outcome.Failures.Count} of {outcome.Instances} instances failed ({outcome.ErrorRate:P1}), above --max-error-rate {outcome.MaxErrorRate:P1}. Run again to retry them; everything finished is kept."));
            return ExitCodes.TooManyErrors;
        }

        return ExitCodes.Success;
    }

    private static GenerationOptions Options(ParseResult result)
    {
        var endpoint = result.GetValue(Endpoint);
        var planner = result.GetValue(Planner);
        var images = result.GetValue(Images);
        if (endpoint is not null == (planner is not null || images is not null))
        {
            throw new UsageException("give either --planner and --images (a pipeline system) or --endpoint and --model (an endpoint system)");
        }

        if (endpoint is null && (planner is null || images is null))
        {
            throw new UsageException(planner is null ? "--images needs --planner" : "--planner needs --images");
        }

        if (endpoint is not null && string.IsNullOrWhiteSpace(result.GetValue(Model)))
        {
            throw new UsageException("--endpoint needs --model NAME");
        }

        var scheduler = Scheduling.Read(result);
        var timeout = scheduler.Timeout;
        var keyEnv = result.GetValue(KeyEnv);
        var refine = result.GetValue(Refine) is >= 0 and <= 10 ? result.GetValue(Refine) : throw new UsageException("--refine must be between 0 and 10");
        var maxErrorRate = result.GetValue(MaxErrorRate) is >= 0 and <= 1 ? result.GetValue(MaxErrorRate) : throw new UsageException("--max-error-rate must be between 0 and 1");

        JudgeSpec? plannerSpec = null, endpointSpec = null;
        ImageSettings? imageSettings = null;
        JudgeConnection connection;
        if (endpoint is not null)
        {
            endpointSpec = new JudgeSpec("openai", result.GetValue(Model)!.Trim());
            connection = new JudgeConnection(ParseUrl(endpoint, "--endpoint"), keyEnv, timeout);
        }
        else
        {
            plannerSpec = ParseSpec(planner!, "--planner");
            var plannerUrl = result.GetValue(PlannerUrl) is { } p ? ParseUrl(p, "--planner-url") : null;
            connection = new JudgeConnection(plannerUrl, keyEnv, timeout);
            var imageSpec = ParseSpec(images!, "--images");
            var imagesUrl = result.GetValue(ImagesUrl) is { } u ? ParseUrl(u, "--images-url") : imageSpec.Provider == plannerSpec.Provider ? plannerUrl : null;
            var size = result.GetValue(ImageSize)!;
            try
            {
                ImageSettings.ParseSize(size);
            }
            catch (ArgumentException e)
            {
                throw new UsageException("--image-size: " + e.Message);
            }

            imageSettings = new ImageSettings(imageSpec, new JudgeConnection(imagesUrl, keyEnv, timeout), size.ToLowerInvariant(), result.GetValue(PictureQuality)!);
        }

        var judge = result.GetValue(Judge) is { } j ? ParseSpec(j, "--judge") : null;
        var judgeUrl = result.GetValue(JudgeUrl) is { } ju ? ParseUrl(ju, "--judge-url") : null;
        return new GenerationOptions(
            result.GetValue(Bench)!,
            result.GetValue(BenchFormat),
            result.GetValue(SystemName)!.Trim(),
            result.GetValue(Run) ?? result.GetValue(OldOut) ?? throw new UsageException("--run DIR is required: the run folder that holds the outputs, images and store"),
            plannerSpec,
            connection,
            imageSettings,
            endpointSpec,
            refine,
            judge,
            judge is null && judgeUrl is null ? null : new JudgeConnection(judgeUrl ?? connection.Url, keyEnv, timeout),
            scheduler,
            result.GetValue(Tasks) ?? [],
            result.GetValue(Limit) is { } limit ? Positive(limit, "--limit") : null,
            result.GetValue(AllowRemoteImages),
            result.GetValue(DryRun),
            maxErrorRate);
    }

    private static JudgeSpec ParseSpec(string text, string option)
    {
        try
        {
            var spec = JudgeSpec.Parse(text);
            return spec.IsNone ? throw new UsageException($"{option} cannot be none") : spec;
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{option}: {e.Message}");
        }
    }

    private static Uri ParseUrl(string text, string option) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"{option} '{text}' is not an http(s) URL");

    private static int Positive(int value, string option) => value > 0 ? value : throw new UsageException($"{option} must be a positive number");
}
