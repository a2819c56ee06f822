using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Runs;

public sealed class RunContentTests
{
    [Fact]
    public async Task LoadAsync_AfterEval_ReadsTheRecordedBenchmarkAndOutputs()
    {
        await using var harness = await EvalHarness.StartAsync();
        await harness.RunAsync(harness.Options("none"));

        var content = await RunContent.LoadAsync(harness.RunFolder);

        Assert.Equal(16, content.Benchmark.Instances.Count);
        Assert.Equal(30, content.Outputs.Count);
        Assert.Contains(("weak", content.Benchmark.Instances[0].Id), content.Outputs.Keys);
    }

    [Fact]
    public async Task LoadAsync_SourceGone_SaysWhichFile()
    {
        using var folder = new TempFolder();
        var bench = Path.Combine(folder.Path, "bench.jsonl");
        File.Copy(EvalHarness.Samples("bench.jsonl"), bench);
        var sources = new RunSources(Path.Combine(folder.Path, "gone.jsonl"), null, []);

        var error = await Assert.ThrowsAsync<EvalSetupException>(() => RunContent.LoadAsync(sources));

        Assert.Contains("gone.jsonl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_NotARunFolder_SaysSo()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<EvalSetupException>(() => RunContent.LoadAsync(folder.Path));

        Assert.Contains("not a Weft run folder", error.Message, StringComparison.Ordinal);
    }
}
