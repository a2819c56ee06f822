using System.Text.Json;
using SkiaSharp;
using Weft.SampleMaker;
using Weft.Testing;

namespace Weft.Tests.Samples;

public sealed class SampleFilesTests
{
    private static readonly string[] BenchKeys = ["id", "task", "instruction", "input", "reference", "metadata"];
    private static readonly string[] OutputKeys = ["id", "output"];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static string BenchPath => Path.Combine(TestPaths.Samples, "bench.jsonl");

    private static string OutputsFolder => Path.Combine(TestPaths.Samples, "outputs");

    [Fact]
    public void BenchFile_EveryLine_HasTheWeftFieldsAndExistingPngImages()
    {
        foreach (var (line, json) in ReadLines(BenchPath))
        {
            var where = $"bench.jsonl:{line}";
            Assert.All(json.EnumerateObject(), field => Assert.Contains(field.Name, BenchKeys));
            Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("id").GetString()), where + ": id");
            Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("task").GetString()), where + ": task");
            Assert.Equal(JsonValueKind.String, json.GetProperty("instruction").ValueKind);
            foreach (var name in new[] { "input", "reference" })
            {
                if (json.TryGetProperty(name, out var blocks))
                {
                    AssertBlocks(blocks, TestPaths.Samples, $"{where}: {name}");
                }
            }

            if (json.TryGetProperty("metadata", out var metadata))
            {
                Assert.All(metadata.EnumerateObject(), field => Assert.Equal(JsonValueKind.String, field.Value.ValueKind));
            }
        }
    }

    [Theory]
    [InlineData("strong")]
    [InlineData("weak")]
    public void OutputFile_EveryLine_AnswersOneBenchInstanceWithExistingPngImages(string system)
    {
        var benchIds = ReadLines(BenchPath).Select(entry => entry.Json.GetProperty("id").GetString()).ToHashSet();
        var seen = new HashSet<string?>();
        foreach (var (line, json) in ReadLines(Path.Combine(OutputsFolder, system + ".jsonl")))
        {
            var where = $"{system}.jsonl:{line}";
            Assert.All(json.EnumerateObject(), field => Assert.Contains(field.Name, OutputKeys));
            var id = json.GetProperty("id").GetString();
            Assert.True(benchIds.Contains(id), $"{where}: id {id} is not in bench.jsonl");
            Assert.True(seen.Add(id), $"{where}: id {id} repeated");
            AssertBlocks(json.GetProperty("output"), OutputsFolder, where + ": output");
        }
    }

    [Fact]
    public void BenchFile_Instances_HaveUniqueIdsAndCoverAtLeastThreeTasks()
    {
        var entries = ReadLines(BenchPath).Select(entry => entry.Json).ToList();
        var ids = entries.Select(json => json.GetProperty("id").GetString()).ToList();

        Assert.True(entries.Count >= 12, $"only {entries.Count} instances");
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.True(entries.Select(json => json.GetProperty("task").GetString()).Distinct().Count() >= 3);
    }

    [Fact]
    public void OutputFiles_StrongAnswersEveryInstance_WeakMissesExactlyTwo()
    {
        var benchIds = ReadLines(BenchPath).Select(entry => entry.Json.GetProperty("id").GetString()).ToHashSet();
        var strongIds = ReadLines(Path.Combine(OutputsFolder, "strong.jsonl")).Select(entry => entry.Json.GetProperty("id").GetString());
        var weakIds = ReadLines(Path.Combine(OutputsFolder, "weak.jsonl")).Select(entry => entry.Json.GetProperty("id").GetString());

        Assert.Empty(benchIds.Except(strongIds));
        Assert.Equal(2, benchIds.Except(weakIds).Count());
    }

    [Fact]
    public void StrongOutputs_Images_DifferFromEachOtherAndFromTheBenchImages()
    {
        var benchImages = Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "images")).Select(Hash).ToHashSet(StringComparer.Ordinal);
        var strongImages = Directory.EnumerateFiles(Path.Combine(OutputsFolder, "strong")).Select(Hash).ToList();

        Assert.NotEmpty(strongImages);
        Assert.Equal(strongImages.Count, strongImages.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(strongImages, benchImages.Contains);
    }

    [Fact]
    public async Task SampleGenerator_WriteAsync_ReproducesTheCommittedFiles()
    {
        using var folder = new TempFolder();

        var written = await SampleGenerator.WriteAsync(folder.Path, CancellationToken.None);

        Assert.Equal(CommittedGeneratedFiles(), written.Order(StringComparer.Ordinal));
        foreach (var relative in written)
        {
            var committed = await File.ReadAllBytesAsync(Path.Combine(TestPaths.Samples, relative));
            var fresh = await File.ReadAllBytesAsync(folder.File(relative));
            if (!committed.AsSpan().SequenceEqual(fresh))
            {
                // A PNG compressor built for another CPU may pack the same pixels differently; the pixels must still match.
                Assert.True(relative.EndsWith(".png", StringComparison.Ordinal), $"{relative} differs from the generator's output; rerun SampleMaker");
                Assert.True(SamePixels(committed, fresh), $"{relative} differs from the generator's output; rerun SampleMaker");
            }
        }

        Assert.True(written.Sum(relative => new FileInfo(folder.File(relative)).Length) < 1_500_000, "the sample should stay under 1.5 MB");
    }

    private static List<string> CommittedGeneratedFiles()
    {
        var root = TestPaths.Samples;
        var files = new[] { "images", "outputs/strong", "outputs/weak" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder)))
            .Concat(Directory.EnumerateFiles(root, "*.jsonl"))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "outputs"), "*.jsonl"));
        return [.. files.Select(full => Path.GetRelativePath(root, full).Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }

    private static void AssertBlocks(JsonElement blocks, string folder, string where)
    {
        Assert.Equal(JsonValueKind.Array, blocks.ValueKind);
        foreach (var block in blocks.EnumerateArray())
        {
            var field = Assert.Single(block.EnumerateObject());
            Assert.Equal(JsonValueKind.String, field.Value.ValueKind);
            if (field.Name == "image")
            {
                AssertPngInsideSamples(folder, field.Value.GetString()!, where);
            }
            else
            {
                Assert.Equal("text", field.Name);
                Assert.False(string.IsNullOrWhiteSpace(field.Value.GetString()), where + ": empty text block");
            }
        }
    }

    private static void AssertPngInsideSamples(string folder, string relative, string where)
    {
        Assert.False(Path.IsPathRooted(relative) || relative.Contains('\\') || relative.Split('/').Contains(".."), $"{where}: bad image path {relative}");
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        Assert.StartsWith(Path.GetFullPath(TestPaths.Samples) + Path.DirectorySeparatorChar, full, StringComparison.Ordinal);
        Assert.True(File.Exists(full), $"{where}: missing image {relative}");
        var head = File.ReadAllBytes(full).AsSpan(0, PngMagic.Length);
        Assert.True(head.SequenceEqual(PngMagic), $"{where}: {relative} is not a PNG");
    }

    private static List<(int Line, JsonElement Json)> ReadLines(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.NotEmpty(lines);
        return [.. lines.Select((text, index) => (index + 1, ParseObject(text, $"{Path.GetFileName(path)}:{index + 1}")))];
    }

    private static JsonElement ParseObject(string text, string where)
    {
        using var document = JsonDocument.Parse(text);
        Assert.True(document.RootElement.ValueKind == JsonValueKind.Object, where + ": not a JSON object");
        return document.RootElement.Clone();
    }

    private static string Hash(string path) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private static bool SamePixels(byte[] first, byte[] second)
    {
        using var a = SKBitmap.Decode(first);
        using var b = SKBitmap.Decode(second);
        return a.Width == b.Width && a.Height == b.Height && a.GetPixelSpan().SequenceEqual(b.GetPixelSpan());
    }
}
