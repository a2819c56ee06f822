using Weft.Testing;
using static Weft.Tests.Cli.SampleArgs;

namespace Weft.Tests.Cli;

public sealed class JudgeErrorAdviceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Eval_RepliesWithoutValidScores_NamesReplyErrorsAndRetryErrorsAsksAgain()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.Reply("I would rather not score this."));
        string[] args = ["eval", "--bench", Bench, "--system", Strong, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", folder.File("run"), "--limit", "2"];

        var (code, _, error) = await CliRunner.RunAsync(args);
        var sentFirst = server.RequestCount;
        var (againCode, _, againError) = await CliRunner.RunAsync(args);
        var sentOnPlainRerun = server.RequestCount - sentFirst;
        var (retryCode, _, _) = await CliRunner.RunAsync([.. args, "--retry-errors"]);

        Assert.Equal((3, 3, 3), (code, againCode, retryCode));
        Assert.Contains("2 reply errors", error, StringComparison.Ordinal);
        Assert.Contains("--retry-errors", error, StringComparison.Ordinal);
        Assert.DoesNotContain("transport error", error, StringComparison.Ordinal);
        Assert.Contains("--retry-errors", againError, StringComparison.Ordinal);
        Assert.Equal(0, sentOnPlainRerun);
        Assert.True(server.RequestCount > sentFirst, "--retry-errors sent nothing");
    }

    [Fact]
    public async Task Eval_TransportErrors_SayARerunRetriesThem()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.ServerError(503));

        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", folder.File("run"), "--limit", "1", "--retries", "0");

        Assert.Equal(3, code);
        Assert.Contains("1 transport error (", error, StringComparison.Ordinal);
        Assert.Contains("run the same command again", error, StringComparison.Ordinal);
        Assert.DoesNotContain("reply error", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArenaJudge_RetryErrors_AsksAgainWhereRepliesGaveNoVerdict()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.Reply("No opinion."));
        string[] args = ["arena", "judge", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake",
            "--judge-url", server.OpenAIEndpoint.ToString(), "--run", folder.File("run"), "--limit", "2", "--single-order"];

        var (code, _, error) = await CliRunner.RunAsync(args);
        var sentFirst = server.RequestCount;
        await CliRunner.RunAsync(args);
        var sentOnPlainRerun = server.RequestCount - sentFirst;
        server.Responder = FakeResponders.Always(FakeBehavior.Reply("""{"explanation": "The first one.", "winner": "A"}"""));
        var (retryCode, _, retryStatus) = await CliRunner.RunAsync([.. args, "--retry-errors"]);

        Assert.Equal(3, code);
        Assert.Contains("reply error", error, StringComparison.Ordinal);
        Assert.Contains("--retry-errors", error, StringComparison.Ordinal);
        Assert.Equal(0, sentOnPlainRerun);
        Assert.Equal(0, retryCode);
        Assert.Contains("errors 0", retryStatus, StringComparison.Ordinal);
    }
}
