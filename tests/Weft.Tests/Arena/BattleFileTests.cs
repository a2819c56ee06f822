using Weft.Arena;
using Weft.Benchmarks;
using Weft.Testing;

namespace Weft.Tests.Arena;

public sealed class BattleFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task WriteThenRead_SampledPlan_RoundTrips()
    {
        var plan = BattleSampler.SamplePerPair(["i1", "i2", "i3"], ["a", "b", "c"], 2, seed: 4);
        var path = folder.File("battles.jsonl");

        await BattleFile.WriteAsync(path, plan.Battles);

        Assert.Equal(plan.Battles, await BattleFile.ReadAsync(path));
        Assert.All(await File.ReadAllLinesAsync(path), line => Assert.Matches("""^\{"instance":"i\d","system_a":"[abc]","system_b":"[abc]"\}$""", line));
    }

    [Fact]
    public async Task ReadAsync_BadLines_NameLineAndField()
    {
        var path = folder.Write("battles.jsonl", """
            {"instance": "1", "system_a": "a"}
            {"instance": "2", "system_a": "a", "system_b": "A"}
            """);

        var errors = (await Assert.ThrowsAsync<DataFormatException>(() => BattleFile.ReadAsync(path))).Errors;

        Assert.Equal([(1, "system_b"), (2, "system_b")], errors.Select(e => (e.Line, e.Field)));
    }
}
