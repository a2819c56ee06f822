using Weft.Protocols.Replies;

namespace Weft.Tests.Protocols.Replies;

public sealed class JsonSpanFinderTests
{
    [Fact]
    public void Find_ObjectsInProseAndFences_GivesEachWithItsSpan()
    {
        var reply = "Intro {\"a\": 1} middle\n```json\n{\"b\": 2}\n```";

        var found = JsonSpanFinder.Find(reply);

        Assert.Equal([(6, 14), (30, 38)], found.Select(c => (c.Start, c.End)));
        Assert.Equal(2, found[1].Root.GetProperty("b").GetInt32());
    }

    [Fact]
    public void Find_ArrayOfObjects_IsOneCandidate()
    {
        var found = JsonSpanFinder.Find("[ {\"a\": 1}, {\"a\": 2} ]");

        Assert.Equal(2, Assert.Single(found).Root.GetArrayLength());
    }

    [Fact]
    public void Find_BracketsThatAreNotJson_AreSkipped()
    {
        var found = JsonSpanFinder.Find("See [1], use {curly} braces, then {\"a\": 1}.");

        Assert.Equal(1, Assert.Single(found).Root.GetProperty("a").GetInt32());
    }

    [Fact]
    public void Find_CutOffObject_IsRepairedToTheReplyEnd()
    {
        const string reply = "Answer: {\"a\": 1, \"b\": {\"c\": 2}, \"d\": [";

        var candidate = Assert.Single(JsonSpanFinder.Find(reply));

        Assert.Equal((8, reply.Length), (candidate.Start, candidate.End));
        Assert.Equal(2, candidate.Root.GetProperty("b").GetProperty("c").GetInt32());
        Assert.False(candidate.Root.TryGetProperty("d", out _));
    }

    [Fact]
    public void Find_ManyStrayBraces_StopsAfterABoundedNumberOfAttempts()
    {
        var reply = string.Concat(Enumerable.Repeat("{x} ", 1000)) + "{\"a\": 1}";

        Assert.Empty(JsonSpanFinder.Find(reply));
    }
}
