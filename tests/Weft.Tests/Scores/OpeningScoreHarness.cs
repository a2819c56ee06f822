using System.Text.Json;
using Weft.Judges;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;
using Weft.Scores;
using Weft.Testing;
using Weft.Tests.Runs;

namespace Weft.Tests.Scores;

/// <summary>Runs <see cref="OpeningScoreRunner"/> on the bundled sample (strong and weak) against a fake judge server, in a temp run folder.</summary>
internal sealed class OpeningScoreHarness : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private OpeningScoreHarness(FakeJudgeServer server) => Server = server;

    /// <summary>Outputs in the sample: strong has all 16 instances, weak 14.</summary>
    public const int Outputs = 30;

    public FakeJudgeServer Server { get; }

    public string Folder => folder.Path;

    public string RunFolder => Path.Combine(folder.Path, "run");

    public RecordingObserver Observer { get; private set; } = new();

    public static async Task<OpeningScoreHarness> StartAsync() => new(await FakeJudgeServer.StartAsync());

    public OpeningScoreOptions Options(int retries = 3) => new(
        EvalHarness.Samples("bench.jsonl"),
        null,
        [new SystemSource("strong", EvalHarness.Samples("outputs/strong.jsonl")), new SystemSource("weak", EvalHarness.Samples("outputs/weak.jsonl"))],
        RunFolder,
        JudgeSpec.Parse("openai:fake-judge"),
        new JudgeConnection(Server.OpenAIEndpoint, null, TimeSpan.FromSeconds(20)),
        new JudgeSettings("openai:fake-judge"),
        new SchedulerOptions(Concurrency: 8, MaxRetries: retries, BaseDelay: TimeSpan.FromMilliseconds(1), MaxDelay: TimeSpan.FromMilliseconds(20), RequestTimeout: TimeSpan.FromSeconds(20)),
        []);

    public Task<OpeningScoreOutcome> RunAsync(OpeningScoreOptions options)
    {
        Observer = new RecordingObserver();
        return new OpeningScoreRunner(options, Observer, _ => "test-key").RunAsync(CancellationToken.None);
    }

    /// <summary>A reply in the requested shape: criterion i (in <see cref="OpeningCriteria.All"/> order) gets score i + 2, unless left out.</summary>
    public static string Reply(params string[] leftOut) => JsonSerializer.Serialize(
        OpeningCriteria.All.Select((c, i) => (Criterion: c, Score: i + 2))
            .Where(x => !leftOut.Contains(x.Criterion))
            .ToDictionary(x => x.Criterion, x => new { x.Score, Justification = $"{x.Criterion} is worth {x.Score}." }));

    /// <summary>Whether <paramref name="request"/> is the follow-up asking for a usable reply.</summary>
    public static bool IsRepair(FakeRequest request) => request.Body.ToString().Contains("could not be used", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        folder.Dispose();
    }
}
