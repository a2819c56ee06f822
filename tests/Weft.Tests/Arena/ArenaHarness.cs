using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Weft.Arena;
using Weft.Judges;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;
using Weft.Testing;
using Weft.Tests.Runs;

namespace Weft.Tests.Arena;

/// <summary>Runs <see cref="ArenaJudgeRunner"/> on the bundled sample (strong vs weak) against a fake judge server, in a temp run folder.</summary>
internal sealed class ArenaHarness : IAsyncDisposable
{
    private readonly TempFolder folder = new();

    private ArenaHarness(FakeJudgeServer server)
    {
        Server = server;
        Directory.CreateDirectory(Path.Combine(folder.Path, "outputs"));
        Strong = Signed("strong");
        Weak = Signed("weak");
    }

    /// <summary>The text every strong output starts with in this harness: how the fake judge tells the systems apart.</summary>
    public const string StrongMark = "(signed: strong)";

    public FakeJudgeServer Server { get; }

    public string Folder => folder.Path;

    public string RunFolder => Path.Combine(folder.Path, "run");

    public RecordingObserver Observer { get; private set; } = new();

    private string Strong { get; }

    private string Weak { get; }

    public static async Task<ArenaHarness> StartAsync() => new(await FakeJudgeServer.StartAsync());

    public ArenaJudgeOptions Options(int retries = 3) => new(
        EvalHarness.Samples("bench.jsonl"),
        null,
        [new SystemSource("strong", Strong), new SystemSource("weak", Weak)],
        RunFolder,
        JudgeSpec.Parse("openai:fake-judge"),
        new JudgeConnection(Server.OpenAIEndpoint, null, TimeSpan.FromSeconds(20)),
        new JudgeSettings("openai:fake-judge"),
        new SchedulerOptions(Concurrency: 8, MaxRetries: retries, BaseDelay: TimeSpan.FromMilliseconds(1), MaxDelay: TimeSpan.FromMilliseconds(20), RequestTimeout: TimeSpan.FromSeconds(20)));

    public Task<ArenaJudgeOutcome> RunAsync(ArenaJudgeOptions options)
    {
        Observer = new RecordingObserver();
        return new ArenaJudgeRunner(options, Observer, _ => "test-key").RunAsync(CancellationToken.None);
    }

    /// <summary>The user message's texts, in order, joined by newlines.</summary>
    public static string UserText(FakeRequest request)
    {
        var text = new StringBuilder();
        var user = request.Body.GetProperty("messages").EnumerateArray().First(m => m.GetProperty("role").GetString() == "user");
        foreach (var part in user.GetProperty("content").EnumerateArray())
        {
            if (part.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            {
                text.Append(t.GetString()).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Whether the strong output was shown first in <paramref name="request"/>.</summary>
    public static bool StrongShownFirst(FakeRequest request)
    {
        var text = UserText(request);
        var second = text.IndexOf(PairwisePrompt.SecondHeading, StringComparison.Ordinal);
        var strong = text.IndexOf(StrongMark, StringComparison.Ordinal);
        Assert.True(strong >= 0 && second >= 0, "the request shows the strong output and two labelled responses");
        return strong < second;
    }

    /// <summary>A judge that always prefers the strong output, whatever the order.</summary>
    public static Func<FakeRequest, FakeBehavior> FairJudge() => request =>
        FakeBehavior.Reply($$"""{"explanation": "The other one repeats itself.", "winner": "{{(StrongShownFirst(request) ? "A" : "B")}}"}""");

    // A copy of the sample outputs (images too) whose every output starts with a text naming its system.
    private string Signed(string system)
    {
        var source = EvalHarness.Samples($"outputs/{system}.jsonl");
        var lines = File.ReadAllLines(source).Where(l => l.Length > 0).Select(line =>
        {
            var node = JsonNode.Parse(line)!.AsObject();
            var blocks = node["output"]!.AsArray();
            blocks.Insert(0, new JsonObject { ["text"] = $"(signed: {system})" });
            return node.ToJsonString();
        });
        var images = Path.Combine(folder.Path, "outputs", system);
        Directory.CreateDirectory(images);
        foreach (var file in Directory.GetFiles(Path.Combine(Path.GetDirectoryName(source)!, system)))
        {
            File.Copy(file, Path.Combine(images, Path.GetFileName(file)));
        }

        var path = Path.Combine(folder.Path, "outputs", system + ".jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        folder.Dispose();
    }
}
