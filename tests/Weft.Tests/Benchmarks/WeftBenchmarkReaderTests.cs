using Microsoft.Extensions.AI;
using Weft.Benchmarks;
using Weft.Testing;

namespace Weft.Tests.Benchmarks;

public sealed class WeftBenchmarkReaderTests : IDisposable
{
    // A 1×1 PNG.
    private const string PngDataUri =
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ReadAsync_EveryBlockKind_ComesBackAsContent()
    {
        var path = temp.Write("bench/benchmark.jsonl", $$$"""
            {"id": "r1", "task": "recipe", "instruction": "Bake it.", "input": [{"text": "Step one"}, {"image": "images/a b.jpg"}, {"image": "{{{PngDataUri}}}"}, {"image": "https://example.org/x.png"}, {"text": "  "}], "reference": [{"image": "./images/ref.jpg"}, {"text": "Done"}], "metadata": {"source": "ours", "difficulty": 2.50, "checked": true}}
            {"id": "r2", "task": "recipe", "instruction": "Describe."}
            """);

        var benchmark = await new WeftBenchmarkReader().ReadAsync(path, CancellationToken.None);

        Assert.Equal("benchmark", benchmark.Name);
        Assert.Equal("weft", benchmark.Format);
        Assert.Equal(temp.File("bench"), benchmark.Root);
        Assert.Equal(Path.GetFullPath(path), benchmark.Source);
        var first = benchmark.Instances[0];
        Assert.Equal(("r1", "recipe", "Bake it."), (first.Id, first.Task, first.Instruction));
        Assert.Equal(
            ["text: Step one", "file: images/a b.jpg", "data: image/png (70 bytes)", "url: https://example.org/x.png (image/*)"],
            ContentDump.Of(first.Input, benchmark.Root));
        Assert.Equal(["file: images/ref.jpg", "text: Done"], ContentDump.Of(first.Reference, benchmark.Root));
        Assert.Equal(new Dictionary<string, string> { ["source"] = "ours", ["difficulty"] = "2.50", ["checked"] = "true" }, first.Metadata);
        var second = benchmark.Instances[1];
        Assert.Empty(second.Input);
        Assert.Null(second.Reference);
        Assert.Empty(second.Metadata);
    }

    [Fact]
    public async Task ReadAsync_EmptyInstructionWithInput_IsAccepted()
    {
        var path = temp.Write("b.jsonl", """{"id": "a", "task": "t", "instruction": "", "input": [{"image": "x.png"}]}""");

        var benchmark = await new WeftBenchmarkReader().ReadAsync(path, CancellationToken.None);

        Assert.Equal("", Assert.Single(benchmark.Instances).Instruction);
    }

    [Fact]
    public async Task ReadAsync_BrokenLines_ReportsEveryProblemWithFileLineAndField()
    {
        var path = temp.Write("b.jsonl", """
            {"id": "a", "task": "t", "instruction": "fine"}
            {"id": "b", "instruction": "no task"}
            {"id": "c", "task": "t", "instruction": "x",
            {"id": "d", "task": 7, "instruction": "wrong type"}
            {"id": "a", "task": "t", "instruction": "duplicate"}
            {"id": "f", "task": "t", "instruction": "x", "input": [{"image": "../outside.jpg"}, {"image": "/etc/passwd"}]}
            {"id": "g", "task": "t", "instruction": "x", "input": [{"img": "x.jpg"}], "metadata": {"tags": ["a"]}}

            {"id": "h", "task": "t", "instruction": "x", "input": [{"text": "a", "image": "b.jpg"}, {}, "text"], "extra": 1}
            {"id": "", "task": "t", "instruction": " "}
            {"id": "j", "task": "t", "instruction": "x", "reference": [{"image": "data:text/plain;base64,aGk="}, {"image": "ftp://host/x.png"}, {"image": "data:image/png;base64,!!"}]}
            """);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new WeftBenchmarkReader().ReadAsync(path, CancellationToken.None));

        Assert.Equal(
            ErrorText.Lines(
                $"{path}:2: task: required key is missing",
                $"{path}:3: (json): invalid JSON near column 44",
                $"{path}:4: task: expected a string, found a number",
                $"{path}:5: id: duplicate id \"a\"; first used on line 1",
                $"{path}:6: input/0/image: path \"../outside.jpg\" leaves the dataset folder",
                $"{path}:6: input/1/image: absolute path \"/etc/passwd\" is not allowed; paths are relative to the dataset folder",
                $"{path}:7: metadata/tags: expected a string, a number or a boolean, found an array",
                $"{path}:7: input/0/img: unknown key; a block has either \"text\" or \"image\"",
                $"{path}:9: extra: unknown key; allowed keys are id, task, instruction, input, reference, metadata",
                $"{path}:9: input/0: a block has exactly one key, \"text\" or \"image\", not both",
                $"{path}:9: input/1: a block needs one key, \"text\" or \"image\"; it has none",
                $"{path}:9: input/2: expected an object, found a string",
                $"{path}:10: id: must not be empty or blank",
                $"{path}:11: reference/0/image: data URI has media type \"text/plain\"; expected an image type such as image/png",
                $"{path}:11: reference/1/image: unsupported URI scheme \"ftp:\"; use a relative path, a data: URI or an http(s) URL",
                $"{path}:11: reference/2/image: invalid data URI: Invalid data URI format: the data URI is base64-encoded, but the data is not a valid base64 string."),
            ErrorText.Of(error));
    }

    [Fact]
    public async Task ReadAsync_NoInstructionAndNoInput_IsAnError()
    {
        var path = temp.Write("b.jsonl", """{"id": "a", "task": "t", "instruction": " ", "input": [{"text": ""}]}""");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new WeftBenchmarkReader().ReadAsync(path, CancellationToken.None));

        Assert.Equal($"{path}:1: instruction: is empty and there is no input; a system needs one or the other", ErrorText.Of(error));
    }

    [Fact]
    public async Task ReadAsync_DuplicateKeyInALine_IsAnError()
    {
        var path = temp.Write("b.jsonl", """{"id": "a", "id": "b", "task": "t", "instruction": "x"}""");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new WeftBenchmarkReader().ReadAsync(path, CancellationToken.None));

        var only = Assert.Single(error.Errors);
        Assert.Equal((1, "(json)"), (only.Line, only.Field));
        Assert.Contains("Duplicate", only.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_SaysItHoldsNoInstances()
    {
        var path = temp.Write("b.jsonl", "\n  \n");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new WeftBenchmarkReader().ReadAsync(path, CancellationToken.None));

        Assert.Equal($"{path}: holds no instances", ErrorText.Of(error));
    }

    [Fact]
    public async Task ReadAsync_ImagesAreNeverOpened_MissingFilesAreNotErrors()
    {
        var path = temp.Write("b.jsonl", """{"id": "a", "task": "t", "instruction": "x", "input": [{"image": "nowhere/none.png"}]}""");

        var benchmark = await new WeftBenchmarkReader().ReadAsync(path, CancellationToken.None);

        var image = Assert.IsType<UriContent>(Assert.Single(Assert.Single(benchmark.Instances).Input));
        Assert.Equal(temp.File("nowhere/none.png"), image.Uri.LocalPath);
    }
}
