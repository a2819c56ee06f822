using Weft.Judges;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;
using Weft.Testing;

namespace Weft.Tests.Runs;

/// <summary>Runs <see cref="EvalRunner"/> on the bundled sample against a fake judge server, in a temp run folder.</summary>
internal sealed class EvalHarness : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private EvalHarness(FakeJudgeServer server) => Server = server;

    public FakeJudgeServer Server { get; }

    public string RunFolder => Path.Combine(folder.Path, "run");

    public RecordingObserver Observer { get; private set; } = new();

    public static async Task<EvalHarness> StartAsync() => new(await FakeJudgeServer.StartAsync());

    public static string Samples(string relative) => Path.Combine(TestPaths.Samples, relative);

    public EvalOptions Options(string judge = "openai:fake-judge", int retries = 3) => new(
        Samples("bench.jsonl"),
        null,
        [new SystemSource("strong", Samples("outputs/strong.jsonl")), new SystemSource("weak", Samples("outputs/weak.jsonl"))],
        RunFolder,
        JudgeSpec.Parse(judge),
        new JudgeConnection(judge.StartsWith("ollama", StringComparison.Ordinal) ? Server.BaseUri : Server.OpenAIEndpoint, null, TimeSpan.FromSeconds(20)),
        new JudgeSettings(judge),
        new SchedulerOptions(Concurrency: 8, MaxRetries: retries, BaseDelay: TimeSpan.FromMilliseconds(1), MaxDelay: TimeSpan.FromMilliseconds(20), RequestTimeout: TimeSpan.FromSeconds(20)),
        [],
        []);

    public Task<EvalOutcome> RunAsync(EvalOptions options)
    {
        Observer = new RecordingObserver();
        return new EvalRunner(options, Observer, _ => "test-key").RunAsync(CancellationToken.None);
    }

    public RunResults Results() => RunResults.Load(RunFolder);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        folder.Dispose();
    }
}
