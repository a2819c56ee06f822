using Weft.Benchmarks;
using Weft.Testing;

namespace Weft.Tests.Benchmarks;

public sealed class WeftOutputReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ReadAsync_Outputs_NamedAfterTheSystemWithImagesBesideTheFile()
    {
        var path = temp.Write("runs/sys-a.jsonl", """
            {"id": "r1", "output": [{"text": "First"}, {"image": "sys-a/r1-0.png"}]}
            {"id": "r2", "output": []}
            """);

        var outputs = await new WeftOutputReader().ReadAsync("System A", path, CancellationToken.None);

        Assert.Equal(["r1", "r2"], outputs.Select(o => o.InstanceId));
        Assert.All(outputs, o => Assert.Equal("System A", o.System));
        Assert.Equal(["text: First", "file: sys-a/r1-0.png"], ContentDump.Of(outputs[0].Content, temp.File("runs")));
        Assert.Empty(outputs[1].Content);
    }

    [Fact]
    public async Task ReadAsync_BrokenLines_ReportsEveryProblem()
    {
        var path = temp.Write("out.jsonl", """
            {"id": "r1", "output": [{"text": "ok"}]}
            {"id": "r1", "output": []}
            {"id": "r3"}
            {"id": "r4", "output": [{"image": "../../x.png"}], "score": 3}
            not json
            """);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new WeftOutputReader().ReadAsync("S", path, CancellationToken.None));

        Assert.Equal(
            ErrorText.Lines(
                $"{path}:2: id: duplicate id \"r1\"; first used on line 1",
                $"{path}:3: output: required key is missing",
                $"{path}:4: score: unknown key; allowed keys are id, output",
                $"{path}:4: output/0/image: path \"../../x.png\" leaves the dataset folder",
                $"{path}:5: (json): invalid JSON near column 2"),
            ErrorText.Of(error));
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ReportsThePath()
    {
        var error = await Assert.ThrowsAsync<DataFormatException>(
            () => new WeftOutputReader().ReadAsync("S", temp.File("none.jsonl"), CancellationToken.None));

        Assert.Equal($"{temp.File("none.jsonl")}: file not found", ErrorText.Of(error));
    }

    [Fact]
    public void CanRead_JsonlFileOnly()
    {
        var reader = new WeftOutputReader();

        Assert.True(reader.CanRead(temp.Write("a.jsonl", "{}")));
        Assert.False(reader.CanRead(temp.Write("a.json", "{}")));
        Assert.False(reader.CanRead(temp.Path));
    }
}
