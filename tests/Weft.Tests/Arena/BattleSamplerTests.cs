using Weft.Arena;

namespace Weft.Tests.Arena;

public sealed class BattleSamplerTests
{
    private static readonly string[] Instances = [.. Enumerable.Range(1, 10).Select(i => $"i{i}")];
    private static readonly string[] Systems = ["s1", "s2", "s3", "s4"];

    [Fact]
    public void SamplePerPair_FourSystems_CoversEveryPairEquallyAndBalancesSides()
    {
        var plan = BattleSampler.SamplePerPair(Instances, Systems, 5, seed: 3);

        Assert.Equal(30, plan.Battles.Count);
        foreach (var pair in plan.Battles.GroupBy(b => string.Join("|", new[] { b.SystemA, b.SystemB }.Order(StringComparer.Ordinal))))
        {
            Assert.Equal(5, pair.Count());
            var asA = pair.GroupBy(b => b.SystemA).Select(g => g.Count()).ToList();
            Assert.True(asA.Count == 2 && Math.Abs(asA[0] - asA[1]) <= 1);
            Assert.Equal(5, pair.Select(b => b.InstanceId).Distinct().Count());
        }

        // 30 battles over 10 instances, walked round-robin: each instance exactly 3 times.
        Assert.All(plan.Battles.GroupBy(b => b.InstanceId), g => Assert.Equal(3, g.Count()));
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void SamplePerPair_WithAvailability_NeverUsesAMissingOutput()
    {
        bool Available(string instance, string system) => !(system == "s3" && instance is "i1" or "i2" or "i3");

        var plan = BattleSampler.SamplePerPair(Instances, Systems, 7, seed: 1, Available);

        Assert.Equal(42, plan.Battles.Count);
        Assert.Empty(plan.Warnings);
        Assert.DoesNotContain(plan.Battles, b => !Available(b.InstanceId, b.SystemA) || !Available(b.InstanceId, b.SystemB));
    }

    [Fact]
    public void SamplePerPair_PairWithoutSharedInstances_Warns()
    {
        var plan = BattleSampler.SamplePerPair(Instances, ["a", "b", "c"], 2, seed: 1, (instance, system) => system != "c" || instance == "i1");

        // One shared instance: one battle for each pair with c, said, never the same battle twice.
        Assert.Equal(2, plan.Battles.Count(b => b.SystemA == "c" || b.SystemB == "c"));
        Assert.Equal(
            ["a vs c: only 1 distinct battle exists (1 instance usable by both); wrote 1 of 2", "b vs c: only 1 distinct battle exists (1 instance usable by both); wrote 1 of 2"],
            plan.Warnings);

        var none = BattleSampler.SamplePerPair(Instances, ["a", "b", "c"], 2, seed: 1, (_, system) => system != "c");
        Assert.Equal(2, none.Warnings.Count);
        Assert.Equal(2, none.Battles.Count);
    }

    [Fact]
    public void SamplePerPair_MoreThanTheInstances_CapsEachPairAtItsDistinctBattlesAndWarns()
    {
        bool Available(string instance, string system) => !(system == "s3" && instance is "i1" or "i2" or "i3");

        var plan = BattleSampler.SamplePerPair(Instances, Systems, 100, seed: 4, Available);

        // Pairs with s3 share 7 instances, the other three pairs all 10: 3·7 + 3·10 battles, none repeated.
        Assert.Equal(51, plan.Battles.Count);
        Assert.Equal(plan.Battles.Count, plan.Battles.Select(b => (b.InstanceId, string.Join("|", new[] { b.SystemA, b.SystemB }.Order(StringComparer.Ordinal)))).Distinct().Count());
        Assert.Equal(6, plan.Warnings.Count);
        Assert.Contains("s1 vs s3: only 7 distinct battles exist (7 instances usable by both); wrote 7 of 100", plan.Warnings);
        Assert.Contains("s1 vs s2: only 10 distinct battles exist (10 instances usable by both); wrote 10 of 100", plan.Warnings);
    }

    [Fact]
    public void SampleTotal_MoreThanExist_CapsWithoutRepeats()
    {
        var plan = BattleSampler.SampleTotal(Instances, ["a", "b", "c"], 40, seed: 2);

        Assert.Equal(30, plan.Battles.Count);
        Assert.Equal(30, plan.Battles.Distinct().Count());
        Assert.Equal(3, plan.Warnings.Count);
    }

    [Fact]
    public void SampleTotal_SevenOverThreePairs_SpreadsThreeTwoTwo()
    {
        var plan = BattleSampler.SampleTotal(Instances, ["a", "b", "c"], 7, seed: 5);

        var perPair = plan.Battles.GroupBy(b => string.Join("|", new[] { b.SystemA, b.SystemB }.Order(StringComparer.Ordinal))).Select(g => g.Count()).Order();
        Assert.Equal([2, 2, 3], perPair);
    }

    [Fact]
    public void SamplePerPair_SameSeed_SamePlan()
    {
        var first = BattleSampler.SamplePerPair(Instances, Systems, 3, seed: 11);
        var again = BattleSampler.SamplePerPair(Instances, Systems, 3, seed: 11);
        var other = BattleSampler.SamplePerPair(Instances, Systems, 3, seed: 12);

        Assert.Equal(first.Battles, again.Battles);
        Assert.NotEqual(first.Battles, other.Battles);
    }

    [Fact]
    public void SamplePerPair_SystemNamedTwice_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => BattleSampler.SamplePerPair(Instances, ["a", "A"], 1, seed: 1));

        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
    }
}
