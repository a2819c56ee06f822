using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Protocols;
using Weft.Protocols.Rubrics;

namespace Weft.Tests.Protocols.Rubrics;

/// <summary>The interleaved-eval protocol file decides, asks and reads exactly as the built-in protocol does.</summary>
public sealed class InterleavedEvalFileTests
{
    private static readonly Instance HowTo = new("i1", "how-to", "Explain how to fold a paper crane.", [new TextContent("Fold a crane.")], null, new Dictionary<string, string>());

    private static readonly AIContent Image1 = new DataContent(new byte[] { 1 }, "image/png");

    private static readonly AIContent Image2 = new DataContent(new byte[] { 2 }, "image/png");

    public static TheoryData<string, string, bool> Cases => new()
    {
        { "how-to", "text, image, text, image", false },
        { "how-to", "text, image, text, image", true },
        { "how-to", "text, image", false },
        { "how-to", "text", false },
        { "how-to", "image, image", false },
        { "how-to", "", false },
        { "Sequential Image Editing", "text, image, image", false },
        { "credit_report", "text, image, image", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_BuildRequests_Repair_SameAsTheBuiltIn(string task, string content, bool perAspect)
    {
        var settings = new JudgeSettings("openai:judge", PerAspect: perAspect);
        var builtIn = new InterleavedEvalProtocol(settings);
        var file = new RubricProtocol(BuiltInProtocols.Read("interleaved-eval")!, settings);
        var unit = new JudgeUnit(HowTo with { Task = task }, new SystemOutput("s", "i1", Content(content)));

        var expectedCriteria = builtIn.Decide(unit);
        var actualCriteria = file.Decide(unit);
        Assert.Equal(expectedCriteria.Applicable, actualCriteria.Applicable);
        Assert.Equal(expectedCriteria.NotApplicable, actualCriteria.NotApplicable);

        var expected = builtIn.BuildRequests(unit, expectedCriteria.Applicable, new SameRequests.Hashes());
        var actual = file.BuildRequests(unit, actualCriteria.Applicable, new SameRequests.Hashes());
        Assert.Equal(expected.Select(r => (r.Key, r.Canonical, string.Join(",", r.Criteria))), actual.Select(r => (r.Key, r.Canonical, string.Join(",", r.Criteria))));
        for (var i = 0; i < expected.Count; i++)
        {
            SameRequests.AssertSameFormat(expected[i].Options, actual[i].Options);
            const string Reply = """{"helpfulness": {"explanation": "fine", "score": 4}, "text_quality": {"explanation": "x", "score": 9}}""";
            var expectedReading = builtIn.Parse(expected[i], Reply);
            var actualReading = file.Parse(actual[i], Reply);
            AssertSameReading(expectedReading, actualReading);
            if (!expectedReading.IsComplete)
            {
                var repairExpected = builtIn.BuildRepair(expected[i], Reply, expectedReading, new SameRequests.Hashes());
                var repairActual = file.BuildRepair(actual[i], Reply, actualReading, new SameRequests.Hashes());
                Assert.Equal((repairExpected.Key, repairExpected.Canonical), (repairActual.Key, repairActual.Canonical));
                SameRequests.AssertSameFormat(repairExpected.Options, repairActual.Options);
            }
        }
    }

    [Theory]
    [InlineData("TQ: 4/5 - clear.\nHelp: 3")]
    [InlineData("```json\n{\"Text Quality\": 4, \"helpfulness\": {\"score\": \"3\"}}\n```")]
    [InlineData("No scores from me.")]
    public void Parse_ShortAndDisplayNames_ReadAsTheBuiltInReadsThem(string reply)
    {
        var settings = new JudgeSettings("openai:judge");
        var builtIn = new InterleavedEvalProtocol(settings);
        var file = new RubricProtocol(BuiltInProtocols.Read("interleaved-eval")!, settings);
        var unit = new JudgeUnit(HowTo, new SystemOutput("s", "i1", [new TextContent("Step 1.")]));
        var expected = builtIn.Parse(builtIn.BuildRequests(unit, ["text_quality", "helpfulness"], new SameRequests.Hashes())[0], reply);
        var actual = file.Parse(file.BuildRequests(unit, ["text_quality", "helpfulness"], new SameRequests.Hashes())[0], reply);

        AssertSameReading(expected, actual);
    }

    private static void AssertSameReading(ReplyReading expected, ReplyReading actual)
    {
        Assert.Equal(expected.Method, actual.Method);
        Assert.Equal(expected.Values, actual.Values);
        Assert.Equal(expected.Problems, actual.Problems);
    }

    private static List<AIContent> Content(string shape) =>
        [.. shape.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select((part, i) => part == "text" ? new TextContent($"Step {i + 1}.") : (i % 2 == 0 ? Image1 : Image2))];
}
