using Weft.Runs;

namespace Weft.Tests.Runs;

public sealed class RunSourcesTests
{
    [Fact]
    public void Merge_SystemNamedAgain_ReplacesItsPathAndKeepsOrder()
    {
        var first = new RunSources("/b1.jsonl", null, [new SystemSource("a", "/a1"), new SystemSource("b", "/b1")]);
        var second = new RunSources("/b2.jsonl", "weft", [new SystemSource("c", "/c"), new SystemSource("a", "/a2")]);

        var merged = first.Merge(second);

        Assert.Equal("/b2.jsonl", merged.Benchmark);
        Assert.Equal("weft", merged.BenchmarkFormat);
        Assert.Equal([new SystemSource("a", "/a2"), new SystemSource("b", "/b1"), new SystemSource("c", "/c")], merged.Systems);
    }
}
