using Weft.Runs;
using Weft.Testing;
using static Weft.Tests.Cli.SampleArgs;

namespace Weft.Tests.Cli;

public sealed class FailedFirstStartTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Eval_FirstStartWithoutApiKey_LeavesTheFolderFreeForOtherSettings()
    {
        var run = folder.File("run");

        var (failed, _, failedError) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--judge", "openai:gpt-4o", "--judge-key-env", "WEFT_TEST_NO_SUCH_KEY", "--run", run, "--limit", "2");
        var (code, _, status) = await CliRunner.RunAsync("eval", "--bench", Bench, "--system", Strong, "--judge", "none", "--run", run, "--limit", "2");

        Assert.Equal(2, failed);
        Assert.Contains("needs an API key", failedError, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.DoesNotContain("error:", status, StringComparison.Ordinal);
        Assert.Contains("holds no judge replies yet", string.Join(' ', status.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArenaJudge_FirstStartWithoutApiKey_LeavesTheFolderFreeForAnotherJudge()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.Reply("""{"explanation": "The first one.", "winner": "A"}"""));
        var run = folder.File("run");

        var (failed, _, _) = await CliRunner.RunAsync(
            "arena", "judge", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:gpt-4o", "--judge-key-env", "WEFT_TEST_NO_SUCH_KEY",
            "--run", run, "--limit", "1");
        var (code, _, status) = await CliRunner.RunAsync(
            "arena", "judge", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", run, "--limit", "1");

        Assert.Equal((2, 0), (failed, code));
        Assert.DoesNotContain("error:", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_OtherSettingsAfterRepliesWereStored_StillRefusedWithoutEmptyQuotes()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var run = folder.File("run");
        await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(), "--run", run, "--limit", "1");

        var (code, _, error) = await CliRunner.RunAsync("eval", "--bench", Bench, "--system", Strong, "--judge", "none", "--run", run, "--limit", "1");

        Assert.Equal(2, code);
        Assert.Contains("prompt: the run has 'interleaved-eval/v1 (", error, StringComparison.Ordinal);
        Assert.Contains("this command asks for 'none'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("' ()'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("''", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicts_NoPromptOrTaskRules_ShowNone()
    {
        var judged = new RunConfig("interleaved-eval", "openai:x", "ie/v1", "abc", 0, null, false, "auto", 1024, "edit*: tq", "b.jsonl", ["s"], DateTimeOffset.UnixEpoch, "0");
        var none = judged with { Judge = "none", PromptId = null, PromptHash = null, TaskRules = string.Empty };

        var conflicts = judged.Conflicts(none);

        Assert.Contains("prompt: the run has 'ie/v1 (abc)', this command asks for 'none'", conflicts);
        Assert.Contains("task rules: the run has 'edit*: tq', this command asks for 'none'", conflicts);
    }
}
