using System.Text;
using Weft.Benchmarks;
using Weft.Testing;

namespace Weft.Tests.Benchmarks;

public sealed class ItemSourceTests
{
    [Fact]
    public async Task IndexAsync_WeftBenchmark_FindsEveryInstanceAsReadAsyncReadsIt()
    {
        var path = Path.Combine(TestPaths.Samples, "bench.jsonl");
        var reader = new WeftBenchmarkReader();
        var read = await reader.ReadAsync(path, CancellationToken.None);

        var index = await ((IBenchmarkReader)reader).IndexAsync(path, CancellationToken.None);
        int[] backwards = [.. Enumerable.Range(0, index.Entries.Count).Reverse()];
        var loaded = index.Instances.Load(backwards);

        Assert.Equal(read.Instances.Select(i => (i.Id, i.Task)), index.Entries);
        Assert.Equal((read.Name, read.Format, read.Source), (index.Name, index.Format, index.Source));
        Assert.Equal(Dump(read.Instances.Reverse(), read.Root), Dump(loaded, read.Root));
    }

    [Fact]
    public async Task IndexAsync_WeftOutputs_FindsEveryOutputAsReadAsyncReadsIt()
    {
        var path = Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl");
        var reader = new WeftOutputReader();
        var read = await reader.ReadAsync("strong", path, CancellationToken.None);

        var index = await reader.IndexAsync("strong", path, CancellationToken.None);
        var loaded = index.Outputs.Load([2, 0, 1]);

        Assert.Equal(read.Select(o => o.InstanceId), index.InstanceIds);
        Assert.Equal(
            new[] { read[2], read[0], read[1] }.Select(o => (o.System, o.InstanceId, string.Join("|", ContentDump.Of(o.Content, TestPaths.Samples)))),
            loaded.Select(o => (o.System, o.InstanceId, string.Join("|", ContentDump.Of(o.Content, TestPaths.Samples)))));
    }

    [Fact]
    public async Task IndexAsync_ByteOrderMarkCrLfAndBlankLines_FindsEachLineAgain()
    {
        using var folder = new TempFolder();
        var text = "\uFEFF" + Line("a", "first") + "\r\n\r\n   \r\n" + Line("b", "second ü") + "\n\n" + Line("c", "third");
        var path = folder.Write("bench.jsonl", text);

        var index = await BenchmarkFormats.IndexBenchmarkAsync(path, "weft", CancellationToken.None);
        var loaded = index.Instances.Load([2, 1, 0]);

        Assert.Equal(["c", "b", "a"], loaded.Select(i => i.Id));
        Assert.Equal("third", loaded[0].Instruction);
        Assert.Equal("second ü", loaded[1].Instruction);
    }

    [Fact]
    public async Task IndexAsync_LinesLongerThanOneReadBlock_FoundAgainWhole()
    {
        using var folder = new TempFolder();
        var longText = new string('w', 200_000);
        var path = folder.Write("bench.jsonl", Line("a", "short") + "\n" + Line("b", longText) + "\n" + Line("c", "after"));

        var index = await BenchmarkFormats.IndexBenchmarkAsync(path, "weft", CancellationToken.None);
        var read = await BenchmarkFormats.ReadBenchmarkAsync(path, "weft", CancellationToken.None);

        Assert.Equal(["short", longText, "after"], index.Instances.Load([0, 1, 2]).Select(i => i.Instruction));
        Assert.Equal(["short", longText, "after"], read.Instances.Select(i => i.Instruction));
    }

    [Fact]
    public async Task IndexAsync_ErrorAfterALongLine_NamesItsLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bench.jsonl", Line("a", new string('w', 100_000)) + "\n\n" + Line("a", "again") + "\n");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => BenchmarkFormats.IndexBenchmarkAsync(path, "weft", CancellationToken.None));

        Assert.Contains("bench.jsonl:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_BadLines_ReportsWhatReadAsyncReports()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bench.jsonl", Line("a", "fine") + "\n{not json\n" + Line("a", "again") + "\n");

        var read = await Assert.ThrowsAsync<DataFormatException>(() => BenchmarkFormats.ReadBenchmarkAsync(path, "weft", CancellationToken.None));
        var indexed = await Assert.ThrowsAsync<DataFormatException>(() => BenchmarkFormats.IndexBenchmarkAsync(path, "weft", CancellationToken.None));

        Assert.Equal(read.Message, indexed.Message);
        Assert.Contains(":2", indexed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_FileChangedSinceIndexed_ThrowsNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bench.jsonl", Line("a", "one") + "\n" + Line("b", "two") + "\n");
        var index = await BenchmarkFormats.IndexBenchmarkAsync(path, "weft", CancellationToken.None);

        await File.AppendAllTextAsync(path, Line("c", "three") + "\n", Encoding.UTF8);
        var error = Assert.Throws<DataFormatException>(() => index.Instances.Load([1]));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("changed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_InterleavedBench_HoldsWhatItRead()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bench.json", """[{"id": "x", "task_name": "t", "image": [], "conversations": [{"value": "Say hi <BEGIN>"}, {"value": "Hi"}]}]""");
        var read = await BenchmarkFormats.ReadBenchmarkAsync(path, null, CancellationToken.None);

        var index = await BenchmarkFormats.IndexBenchmarkAsync(path, null, CancellationToken.None);

        Assert.Equal(read.Instances.Select(i => (i.Id, i.Task)), index.Entries);
        Assert.Equal(read.Instances[0].Instruction, index.Instances.Load([0])[0].Instruction);
    }

    private static string Line(string id, string instruction) =>
        $$"""{"id": "{{id}}", "task": "t", "instruction": "{{instruction}}", "input": []}""";

    private static IEnumerable<string> Dump(IEnumerable<Weft.Content.Instance> instances, string root) =>
        instances.Select(i => string.Join("|", [i.Id, i.Task, i.Instruction, .. ContentDump.Of(i.Input, root), .. ContentDump.Of(i.Reference, root)]));
}
