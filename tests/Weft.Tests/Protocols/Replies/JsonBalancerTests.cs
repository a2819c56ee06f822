using Weft.Protocols.Replies;

namespace Weft.Tests.Protocols.Replies;

public sealed class JsonBalancerTests
{
    [Theory]
    [InlineData("""{"a": 1} tail""", 8)]
    [InlineData("""{"a": "}"} tail""", 10)]
    [InlineData("""{"a": "\"}"} tail""", 12)]
    [InlineData("""{"a": [1, {"b": 2}]}""", 20)]
    [InlineData("""{'a': 'it's }'} tail""", 15)]
    public void Scan_BalancedValue_EndsAfterItsClosingBrace(string text, int end)
    {
        Assert.Equal(new JsonBalancer.Span(end, null), JsonBalancer.Scan(text, 0));
    }

    [Fact]
    public void Scan_MismatchedBrackets_FailsWithoutRepair()
    {
        Assert.Equal(new JsonBalancer.Span(-1, null), JsonBalancer.Scan("""{"a": [1}""", 0));
    }

    [Fact]
    public void Scan_CutOffAfterAComma_KeepsTheCompleteMembersAndCloses()
    {
        Assert.Equal("""{"a": {"b": 1}, "c": {"d": 2}}""", JsonBalancer.Scan("""{"a": {"b": 1}, "c": {"d": 2, "e": 3""", 0).Repaired);
    }

    [Fact]
    public void Scan_CutOffAfterAClosingBrace_KeepsTheInnerObject()
    {
        Assert.Equal("""[{"a": 1}]""", JsonBalancer.Scan("""[{"a": 1}""", 0).Repaired);
    }

    [Fact]
    public void Scan_CutOffBeforeAnyMemberCompleted_HasNoRepair()
    {
        Assert.Null(JsonBalancer.Scan("""{"a": {"b": "goo""", 0).Repaired);
    }

    [Fact]
    public void Scan_CommaInsideAString_IsNotACutPoint()
    {
        Assert.Equal("""{"a": 1}""", JsonBalancer.Scan("""{"a": 1, "b": "x, y""", 0).Repaired);
    }
}
