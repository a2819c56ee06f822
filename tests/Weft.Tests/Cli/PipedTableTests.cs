using Weft.Testing;

namespace Weft.Tests.Cli;

/// <summary>Tables and lines written to a pipe or a file are never wrapped.</summary>
public sealed class PipedTableTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task ReportTable_Piped_KeepsALongPathOnItsLine()
    {
        // A benchmark path longer than any terminal line.
        var deep = folder.File(Path.Combine("a-folder-with-a-rather-long-name", "and-another-one-below-it-that-is-long-too", "and-a-third-for-good-measure"));
        Directory.CreateDirectory(deep);
        var bench = Path.Combine(deep, "bench.jsonl");
        File.Copy(Path.Combine(TestPaths.Samples, "bench.jsonl"), bench);
        var run = folder.File("run");
        var (code, _, error) = await CliRunner.RunAsync("eval", "--bench", bench, "--system", "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl"), "--judge", "none", "--run", run, "--limit", "2");
        Assert.True(code == 0, error);

        var (reportCode, output, reportError) = await CliRunner.RunAsync("report", "--run", run);

        Assert.True(reportCode == 0, reportError);
        Assert.True(bench.Length > 100, bench);
        Assert.Contains(output.Split('\n'), line => line.Contains("Benchmark " + bench, StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();
}
