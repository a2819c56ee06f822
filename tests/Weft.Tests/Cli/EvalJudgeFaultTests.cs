using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Weft.Testing;
using static Weft.Tests.Cli.SampleArgs;

namespace Weft.Tests.Cli;

public sealed class EvalJudgeFaultTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Eval_JudgeRefusingConnections_StopsOnTheFirstAttemptNamingTheEndpoint()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}/v1/";

        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--judge", "openai:fake", "--judge-url", url,
            "--run", folder.File("run"), "--concurrency", "1", "--retries", "6", "--limit", "5");

        Assert.Equal(2, code);
        Assert.Contains($"error: judge {url} refused the connection", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM faults"));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM faults WHERE kind = 'unreachable'"));
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Eval_JudgeRejectingTheKey_StopsAfterOneRequestSayingSo(int status)
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.ServerError(status));

        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", folder.File("run"), "--concurrency", "1", "--retries", "6", "--limit", "5");

        Assert.Equal(2, code);
        Assert.Contains($"the judge rejected the API key (HTTP {status})", error, StringComparison.Ordinal);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task Eval_TransientServerErrors_AreRetriedAndCountedAsSent()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = FakeResponders.Always(FakeBehavior.ServerError(500));

        var (code, _, status) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", folder.File("run"), "--concurrency", "1", "--retries", "2", "--limit", "2");

        Assert.Equal(3, code);
        Assert.Equal(6, server.RequestCount);
        Assert.Contains("this run sent 6 requests", status, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={folder.File("run/weft.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
