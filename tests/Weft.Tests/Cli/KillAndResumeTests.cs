using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Cli;

/// <summary>A run killed or interrupted halfway leaves a consistent store and resumes without asking again what was answered.</summary>
public sealed class KillAndResumeTests : IDisposable
{
    private const int Outputs = 30;
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Eval_KilledHalfway_ResumesWithoutRepeatingAnsweredRequests()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Latency = TimeSpan.FromMilliseconds(150);
        var args = Args(server);

        using (var first = WeftProcess.Start("test-key", args))
        {
            _ = first.StandardOutput.ReadToEndAsync();
            _ = first.StandardError.ReadToEndAsync();
            await WaitUntilAsync(() => server.RequestCount >= 12, first);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var sentBeforeKill = server.Requests.Select(r => r.RequestKey).ToList();
        int answered, finished;
        using (var store = SqliteRunStore.Open(folder.File("run")))
        {
            answered = (int)store.ReadTotals().Replies;
            finished = store.ReadItems().Count;
        }

        Assert.Equal("ok", IntegrityCheck());
        Assert.InRange(finished, 1, Outputs - 1);
        var (reportCode, report, _) = await CliRunner.RunAsync("report", "--run", folder.File("run"), "--format", "md");
        Assert.Equal(0, reportCode);
        Assert.Contains("not judged", report, StringComparison.Ordinal);

        var (code, _, error) = await WeftProcess.RunAsync("test-key", args);

        Assert.True(code == 0, error);
        var sentAfter = server.Requests.Skip(sentBeforeKill.Count).Select(r => r.RequestKey).ToList();

        // Every output needs one request; those whose reply reached the store before the kill are never sent again.
        Assert.Equal(Outputs - answered, sentAfter.Count);
        Assert.Equal(Outputs, sentBeforeKill.Concat(sentAfter).Distinct().Count());
        var repeated = sentAfter.Intersect(sentBeforeKill).Count();
        Assert.Equal(sentBeforeKill.Count - answered, repeated);
        using var done = SqliteRunStore.Open(folder.File("run"));
        Assert.Equal(Outputs, done.ReadItems().Values.Count(i => i.Status == ItemRecord.Judged));
    }

    [Fact]
    public async Task Eval_InterruptedWithSigint_SaysHowToResumeAndExits130()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Latency = TimeSpan.FromMilliseconds(150);
        var args = Args(server);

        using var first = WeftProcess.Start("test-key", args);
        var errors = first.StandardError.ReadToEndAsync();
        _ = first.StandardOutput.ReadToEndAsync();
        await WaitUntilAsync(() => server.RequestCount >= 6, first);
        using (var kill = Process.Start("kill", ["-INT", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await first.WaitForExitAsync();

        Assert.Equal(130, first.ExitCode);
        Assert.Contains("run the same command again to resume", await errors, StringComparison.Ordinal);
        Assert.Equal("ok", IntegrityCheck());
        var (code, _, _) = await WeftProcess.RunAsync("test-key", args);
        Assert.Equal(0, code);
    }

    public void Dispose() => folder.Dispose();

    private string[] Args(FakeJudgeServer server) =>
    [
        "eval", "--bench", Path.Combine(TestPaths.Samples, "bench.jsonl"),
        "--system", "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl"),
        "--system", "weak=" + Path.Combine(TestPaths.Samples, "outputs", "weak.jsonl"),
        "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
        "--run", folder.File("run"), "--concurrency", "2", "--format", "csv",
    ];

    private string IntegrityCheck()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.File("run"), SqliteRunStore.FileName)};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!condition())
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"weft exited early with code {process.ExitCode}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("weft made no progress against the fake judge");
            }

            await Task.Delay(20);
        }
    }
}
