using Weft.Testing;

namespace Weft.Tests.Cli;

public sealed class ArenaJudgeCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static string Bench => Path.Combine(TestPaths.Samples, "bench.jsonl");

    private static string Strong => "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl");

    private static string Weak => "weak=" + Path.Combine(TestPaths.Samples, "outputs", "weak.jsonl");

    [Fact]
    public async Task ArenaJudge_JudgeAlwaysSaysA_WritesTiedVerdictsAndReportsConsistency()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.Reply("""{"explanation": "The first one.", "winner": "A"}"""));
        var verdicts = folder.File("verdicts.jsonl");

        var (code, output, error) = await CliRunner.RunAsync(
            "arena", "judge", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", folder.File("run"), "--out", verdicts);

        Assert.Equal((0, string.Empty), (code, output)); // status lines go to standard error; arena judge prints no document
        Assert.Contains("Battles 14: judged 14, errors 0, not finished 0", error, StringComparison.Ordinal);
        Assert.Contains("Position consistency: 0.0% of 14 battles", error, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(verdicts);
        Assert.Equal(14, lines.Length);
        Assert.Equal("""{"instance":"how-to-01","system_a":"strong","system_b":"weak","winner":"Tie","source":"judge:fake|pairwise/v1"}""", lines[0]);
    }

    [Fact]
    public async Task ArenaJudge_RepliesNeverUsable_ExitsThree()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.Reply("No opinion."));

        var (code, _, error) = await CliRunner.RunAsync(
            "arena", "judge", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", folder.File("run"), "--single-order", "--limit", "2");

        Assert.Equal(3, code);
        Assert.Contains("2 of 2 battles ended in judge errors", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArenaJudge_JudgeNone_IsAUsageError()
    {
        var (code, _, error) = await CliRunner.RunAsync("arena", "judge", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "none", "--run", folder.File("run"));

        Assert.Equal(2, code);
        Assert.Contains("--judge none cannot compare outputs", error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
