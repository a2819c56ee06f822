using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Protocols;

namespace Weft.Tests.Protocols;

public sealed class OpeningScoreProtocolTests
{
    private static readonly Instance Task = new("1502046", "how-to", "Explain how to fold a paper crane.", [new TextContent("<BEGIN> Fold a crane.")], null, new Dictionary<string, string>());

    private static readonly SystemOutput Output = new("gill", "1502046", [new TextContent("Step 1: fold the square in half.")]);

    [Fact]
    public void BuildRequest_SchemaAsksForAllSevenCriteriaOnZeroToTen()
    {
        var request = new OpeningScoreProtocol(new JudgeSettings("openai:judge")).BuildRequest(Task, Output, new NoImages());

        var schema = ((ChatResponseFormatJson)request.Options.ResponseFormat!).Schema!.Value;
        Assert.Equal(OpeningCriteria.All, schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(10, schema.GetProperty("properties").GetProperty("Completeness").GetProperty("properties").GetProperty("Score").GetProperty("maximum").GetInt32());
        Assert.Contains("Step 1: fold the square in half.", request.Canonical, StringComparison.Ordinal);
        Assert.Contains(OpeningScorePrompt.Rubric("Content Richness"), request.Canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OpeningShapedReply_ReadsEveryCriterion()
    {
        var reply = JsonSerializer.Serialize(OpeningCriteria.All.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => new { Score = x.i + 3, Justification = "because " + x.c }));

        var parsed = OpeningScoreProtocol.Parse(reply);

        Assert.True(parsed.IsComplete);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9], parsed.Scores.Select(s => s.Score));
    }

    [Fact]
    public void Parse_ScoreAboveTen_IsAProblemNeverClamped()
    {
        var parsed = OpeningScoreProtocol.Parse("""{"Correctness": {"Score": 12, "Justification": "x"}}""");

        Assert.False(parsed.IsComplete);
        Assert.DoesNotContain(parsed.Scores, s => s.Key == "Correctness");
        Assert.Equal(7, parsed.Problems.Count);
    }

    [Fact]
    public void PairwiseBuildRequest_LabelsBothResponsesInShownOrder()
    {
        var other = new SystemOutput("seed-x", "1502046", [new TextContent("Fold, fold, fold.")]);

        var request = new PairwiseProtocol(new JudgeSettings("openai:judge")).BuildRequest(Task, Output, other, new NoImages());

        var text = request.Canonical;
        Assert.True(text.IndexOf(PairwisePrompt.FirstHeading, StringComparison.Ordinal) < text.IndexOf("fold the square", StringComparison.Ordinal));
        Assert.True(text.IndexOf(PairwisePrompt.SecondHeading, StringComparison.Ordinal) < text.IndexOf("Fold, fold, fold.", StringComparison.Ordinal));
        Assert.NotEqual(request.Key, new PairwiseProtocol(new JudgeSettings("openai:judge")).BuildRequest(Task, other, Output, new NoImages()).Key);
    }

    private sealed class NoImages : IImageIndex
    {
        public string? Sha256(AIContent image) => null;
    }
}
