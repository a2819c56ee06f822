using Weft.Benchmarks;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Benchmarks;

public sealed class BenchmarkFormatsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [SharedDataFact]
    public void ForBenchmark_OpeningTestData_IsDetectedAsOpening()
    {
        var reader = BenchmarkFormats.ForBenchmark(Path.Combine(TestPaths.OpeningData, "test_data.jsonl"), null);

        Assert.IsType<OpeningBenchmarkReader>(reader);
    }

    [Fact]
    public void ForBenchmark_JsonArray_IsDetectedAsInterleavedBench()
    {
        var reader = BenchmarkFormats.ForBenchmark(temp.Write("bench.json", "  [{\"id\": \"a\"}]"), null);

        Assert.IsType<InterleavedBenchReader>(reader);
    }

    [Fact]
    public void ForBenchmark_OtherJsonl_IsDetectedAsWeft()
    {
        var reader = BenchmarkFormats.ForBenchmark(temp.Write("bench.jsonl", """{"id": "a", "task": "t", "instruction": "x"}"""), null);

        Assert.IsType<WeftBenchmarkReader>(reader);
    }

    [SharedDataTheory]
    [InlineData("weft", typeof(WeftBenchmarkReader))]
    [InlineData("OpenING", typeof(OpeningBenchmarkReader))]
    [InlineData("interleavedbench", typeof(InterleavedBenchReader))]
    public void ForBenchmark_ExplicitFormat_WinsOverDetection(string format, Type expected)
    {
        var reader = BenchmarkFormats.ForBenchmark(Path.Combine(TestPaths.OpeningData, "test_data.jsonl"), format);

        Assert.IsType(expected, reader);
    }

    [Fact]
    public void ForBenchmark_UnknownFormat_ListsTheValidNames()
    {
        var error = Assert.Throws<ArgumentException>(() => BenchmarkFormats.ForBenchmark("x.jsonl", "isg"));

        Assert.Contains("\"isg\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("opening, interleavedbench, weft", error.Message, StringComparison.Ordinal);
        Assert.Equal("format", error.ParamName);
    }

    [Fact]
    public void ForBenchmark_MissingFileOrFolderOrUnknownShape_NamesThePath()
    {
        var missing = Assert.Throws<DataFormatException>(() => BenchmarkFormats.ForBenchmark(temp.File("none.jsonl"), null));
        var folder = Assert.Throws<DataFormatException>(() => BenchmarkFormats.ForBenchmark(temp.Path, null));
        var csv = Assert.Throws<DataFormatException>(() => BenchmarkFormats.ForBenchmark(temp.Write("b.csv", "a,b"), null));

        Assert.Equal($"{temp.File("none.jsonl")}: file not found", ErrorText.Of(missing));
        Assert.Equal($"{temp.Path}: is a folder; expected a benchmark file", ErrorText.Of(folder));
        Assert.StartsWith($"{temp.File("b.csv")}: unrecognised benchmark format", ErrorText.Of(csv), StringComparison.Ordinal);
    }

    [Fact]
    public void ForOutputs_FolderOrJsonl_PicksOpeningOrWeft()
    {
        Assert.IsType<OpeningOutputReader>(BenchmarkFormats.ForOutputs(temp.Path, null));
        Assert.IsType<WeftOutputReader>(BenchmarkFormats.ForOutputs(temp.Write("o.jsonl", "{}"), null));
        Assert.IsType<WeftOutputReader>(BenchmarkFormats.ForOutputs(temp.Path, "WEFT"));
    }

    [Fact]
    public void ForOutputs_MissingOrUnknown_Throws()
    {
        var missing = Assert.Throws<DataFormatException>(() => BenchmarkFormats.ForOutputs(temp.File("none"), null));
        var json = Assert.Throws<DataFormatException>(() => BenchmarkFormats.ForOutputs(temp.Write("o.json", "{}"), null));
        var unknown = Assert.Throws<ArgumentException>(() => BenchmarkFormats.ForOutputs(temp.Path, "interleavedbench"));

        Assert.Equal($"{temp.File("none")}: file or folder not found", ErrorText.Of(missing));
        Assert.StartsWith($"{temp.File("o.json")}: unrecognised outputs format", ErrorText.Of(json), StringComparison.Ordinal);
        Assert.Contains("opening, weft", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadBenchmarkAsync_DetectsAndReads()
    {
        var path = temp.Write("b.jsonl", """{"id": "a", "task": "t", "instruction": "x"}""");

        var benchmark = await BenchmarkFormats.ReadBenchmarkAsync(path, null, CancellationToken.None);

        Assert.Equal(("weft", "a"), (benchmark.Format, Assert.Single(benchmark.Instances).Id));
    }

    [Fact]
    public async Task ReadBenchmarkAsync_ExplicitFormatAndMissingFile_ReportsFileNotFound()
    {
        var error = await Assert.ThrowsAsync<DataFormatException>(
            () => BenchmarkFormats.ReadBenchmarkAsync(temp.File("none.json"), "interleavedbench", CancellationToken.None));

        Assert.Equal($"{temp.File("none.json")}: file not found", ErrorText.Of(error));
    }

    [Fact]
    public async Task ReadBenchmarkAsync_DetectedJsonArrayWithErrors_SaysItWasReadAsInterleavedBenchAndHowToChoose()
    {
        // A Weft benchmark written as a JSON array instead of JSON Lines: the errors are InterleavedBench's, so say so.
        var path = temp.Write("b.json", """[{"id": "a", "task": "t", "instruction": "x"}]""");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => BenchmarkFormats.ReadBenchmarkAsync(path, null, CancellationToken.None));

        Assert.Equal(
            "read as interleavedbench, detected because it is a .json file holding an array (a Weft benchmark is .jsonl, one "
                + "instance per line); if it is in another format, choose it with --bench-format opening or weft",
            error.Note);
        Assert.EndsWith($"({error.Note})", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "detected because it is a .jsonl file whose first line is not an OpenING instance; if it is in another format, choose it with --bench-format opening or interleavedbench")]
    [InlineData("Weft", "as --bench-format Weft asked; the other formats are opening or interleavedbench")]
    public async Task IndexBenchmarkAsync_WeftErrors_NameTheFormatAndTheOption(string? format, string why)
    {
        var path = temp.Write("b.jsonl", """{"id": "a", "instruction": "x"}""");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => BenchmarkFormats.IndexBenchmarkAsync(path, format, CancellationToken.None));

        Assert.Equal("read as weft, " + why, error.Note);
    }

    [Fact]
    public async Task ReadOutputsAsync_BrokenWeftOutputs_NameTheFormatAndOutputsFormatOption()
    {
        var path = temp.Write("o.jsonl", """{"id": 1, "output": []}""");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => BenchmarkFormats.ReadOutputsAsync("s", path, null, CancellationToken.None));

        Assert.Equal(
            "read as weft, detected because it is a .jsonl file; if it is in another format, choose it with --outputs-format opening",
            error.Note);
    }

    [Fact]
    public async Task ReadBenchmarkAsync_MissingFile_HasNoFormatNote()
    {
        var error = await Assert.ThrowsAsync<DataFormatException>(
            () => BenchmarkFormats.ReadBenchmarkAsync(temp.File("none.jsonl"), "weft", CancellationToken.None));

        Assert.Null(error.Note);
    }

    [SharedDataFact]
    public async Task ReadOutputsAsync_OpeningFolder_ReadsEveryOutput()
    {
        var folder = Path.Combine(TestPaths.OpeningData, "gen_outputs", "GPT-4o+DALL-E3_output");

        var outputs = await BenchmarkFormats.ReadOutputsAsync("GPT-4o+DALL-E3", folder, null, CancellationToken.None);

        Assert.Equal(2, outputs.Count);
    }
}
