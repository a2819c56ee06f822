using Weft.Benchmarks;

namespace Weft.Tests.Benchmarks;

public sealed class DataErrorTests
{
    [Fact]
    public void ToString_WithALine_IsFileLineFieldProblem() =>
        Assert.Equal("b.jsonl:3: id: missing", new DataError("b.jsonl", 3, "id", "missing").ToString());

    [Fact]
    public void ToString_PathProblem_NamesTheFileOnly() =>
        Assert.Equal("b.jsonl: file not found", new DataError("b.jsonl", 0, "path", "file not found").ToString());

    [Fact]
    public void ToString_NoLineOtherField_KeepsTheFieldButNoLine() =>
        Assert.Equal("s.json: --scores: file not found", new DataError("s.json", 0, "--scores", "file not found").ToString());
}
