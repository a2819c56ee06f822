using Weft.Runs;
using Weft.Testing;
using Weft.Tests.Cli;

namespace Weft.Tests.Runs;

public sealed class RunLockTests
{
    private const int Outputs = 30;

    [Fact]
    public async Task SecondEvalOnARunInProgress_IsRefusedNamingTheHolder_ReportStillWorks_NothingIsSentTwice()
    {
        await using var harness = await EvalHarness.StartAsync();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new ManualResetEventSlim();
        harness.Server.Responder = _ =>
        {
            arrived.TrySetResult();
            release.Wait(TimeSpan.FromMinutes(2));
            return FakeBehavior.Default;
        };

        var first = harness.RunAsync(harness.Options());
        await arrived.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", EvalHarness.Samples("bench.jsonl"), "--system", "strong=" + EvalHarness.Samples("outputs/strong.jsonl"),
            "--system", "weak=" + EvalHarness.Samples("outputs/weak.jsonl"), "--judge", "openai:fake-judge",
            "--judge-url", harness.Server.OpenAIEndpoint.ToString(), "--run", harness.RunFolder);
        var (reportCode, report, reportError) = await CliRunner.RunAsync("report", "--run", harness.RunFolder, "--format", "csv");
        release.Set();
        var outcome = await first;

        Assert.Equal(2, code);
        Assert.Contains($"{harness.RunFolder} is in use by another run in this process (pid {Environment.ProcessId} on host {Environment.MachineName}, since ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.True(reportCode == 0, reportError);
        Assert.Contains("strong", report, StringComparison.Ordinal);
        Assert.Equal(Outputs, outcome.Judged);
        Assert.Equal(Outputs, harness.Server.RequestCount);
    }

    [Fact]
    public async Task StaleLockOfADeadProcess_IsTakenOverAndReleasedAtTheEnd()
    {
        await using var harness = await EvalHarness.StartAsync();
        Directory.CreateDirectory(harness.RunFolder);
        File.WriteAllText(Path.Combine(harness.RunFolder, RunLock.FileName), string.Empty);
        var owner = Path.Combine(harness.RunFolder, RunLock.OwnerFileName);
        File.WriteAllText(owner, $"2147483646\n{Environment.MachineName}\n2026-01-01 00:00:00 UTC\nweft eval\n");

        var outcome = await harness.RunAsync(harness.Options());

        Assert.Equal(Outputs, outcome.Judged);
        Assert.False(File.Exists(owner));
        using var again = RunLock.Acquire(harness.RunFolder, "test", TimeProvider.System);
    }

    [Fact]
    public async Task EvalInAnotherProcess_WhileThisProcessHoldsTheRun_ExitsTwoNamingThisProcess()
    {
        using var folder = new TempFolder();
        var run = folder.File("run");
        using var held = RunLock.Acquire(run, "weft arena judge", TimeProvider.System);

        var (code, _, error) = await WeftProcess.RunAsync(
            "test-key", "eval", "--bench", EvalHarness.Samples("bench.jsonl"), "--system", "strong=" + EvalHarness.Samples("outputs/strong.jsonl"), "--run", run);

        Assert.Equal(2, code);
        Assert.Contains($"is in use by weft arena judge (pid {Environment.ProcessId} on host {Environment.MachineName}, since ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run, SqliteRunStore.FileName)));
    }

    [Fact]
    public void Acquire_HeldByAnotherRunner_RefusesUntilReleased()
    {
        using var folder = new TempFolder();
        var run = folder.File("run");

        var held = RunLock.Acquire(run, "weft arena judge", TimeProvider.System);
        var refused = Assert.Throws<EvalSetupException>(() => RunLock.Acquire(run, "weft eval", TimeProvider.System));
        held.Dispose();
        using var taken = RunLock.Acquire(run, "weft eval", TimeProvider.System);

        Assert.Contains("is in use by another run in this process", refused.Message, StringComparison.Ordinal);
        Assert.Contains("pay for", refused.Message, StringComparison.Ordinal);
    }
}
