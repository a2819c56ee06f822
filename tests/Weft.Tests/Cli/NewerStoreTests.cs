using Weft.Runs;
using Weft.Testing;
using Weft.Tests.Runs;

namespace Weft.Tests.Cli;

public sealed class NewerStoreTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task EvalAndReport_OnAStoreOfANewerWeft_ExitTwoWithOneLineAndWriteNothing()
    {
        var run = folder.File("run");
        StoreFile.Plant(run, SqliteRunStore.SchemaVersion + 1, "9.0.0");
        var before = File.ReadAllBytes(StoreFile.PathIn(run));

        var eval = await CliRunner.RunAsync("eval", "--bench", SampleArgs.Bench, "--system", SampleArgs.Strong, "--judge", "none", "--run", run);
        var report = await CliRunner.RunAsync("report", "--run", run);

        foreach (var (code, output, error) in new[] { eval, report })
        {
            Assert.Equal(2, code);
            Assert.Empty(output);
            var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:", StringComparison.Ordinal));
            Assert.StartsWith($"error: {StoreFile.PathIn(run)} was written by Weft 9.0.0 with store schema 2, but this Weft", line, StringComparison.Ordinal);
            Assert.Contains("Upgrade Weft", line, StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(StoreFile.PathIn(run)));
    }
}
