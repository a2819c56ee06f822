using System.Text.Json;
using Weft.Generation;
using Weft.Judges;
using Weft.Scheduling;
using Weft.Testing;

namespace Weft.Tests.Generation;

/// <summary>Options, fixed plans and request classification for generation tests against the fake server.</summary>
internal static class GenerationHarness
{
    public const string TwoImagePlan = """{"blocks":[{"type":"text","content":"First, the fox finds a lantern."},{"type":"image","content":"a red fox holding a lantern in the snow"},{"type":"text","content":"Then it carries it home."},{"type":"image","content":"a fox den lit by a lantern at night"}]}""";

    public static string Bench => Path.Combine(TestPaths.Samples, "bench.jsonl");

    public static GenerationOptions Pipeline(FakeJudgeServer server, string folder, int? limit = null, int refine = 0, int retries = 2) => new(
        Bench,
        null,
        "fake",
        folder,
        new JudgeSpec("openai", "planner"),
        new JudgeConnection(server.OpenAIEndpoint, null, TimeSpan.FromSeconds(30)),
        new ImageSettings(new JudgeSpec("openai", "painter"), new JudgeConnection(server.OpenAIEndpoint, null, TimeSpan.FromSeconds(30)), "64x64"),
        null,
        refine,
        null,
        null,
        Scheduler(retries),
        [],
        limit);

    public static GenerationOptions EndpointSystem(FakeJudgeServer server, string folder, int? limit = null, bool allowRemote = false) => new(
        Bench,
        null,
        "endpoint",
        folder,
        null,
        new JudgeConnection(server.OpenAIEndpoint, null, TimeSpan.FromSeconds(30)),
        null,
        new JudgeSpec("openai", "omni"),
        0,
        null,
        null,
        Scheduler(2),
        [],
        limit,
        allowRemote);

    public static SchedulerOptions Scheduler(int retries, int concurrency = 4) =>
        new(concurrency, null, null, TimeSpan.FromSeconds(30), retries, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(20));

    public static Func<string, string?> Keys => name => name == "OPENAI_API_KEY" ? "test-key" : null;

    /// <summary>The system prompt of a chat request, to tell planner requests from check requests.</summary>
    public static string SystemPrompt(FakeRequest request) =>
        request.Body.TryGetProperty("messages", out var messages) && messages.GetArrayLength() > 0
        && messages[0].TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Empty;

    public static bool IsCheck(FakeRequest request) => !request.IsImageRequest && SystemPrompt(request).Contains("inspect one picture", StringComparison.Ordinal);

    public static string ImagePrompt(FakeRequest request) => request.Body.GetProperty("prompt").GetString()!;

    public static string[] Lines(string path) => File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
}
