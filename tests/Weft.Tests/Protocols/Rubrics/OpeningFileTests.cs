using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Protocols;
using Weft.Protocols.Rubrics;

namespace Weft.Tests.Protocols.Rubrics;

/// <summary>The opening-score protocol file asks exactly what the built-in protocol asks, and reads replies the same way.</summary>
public sealed class OpeningFileTests
{
    private static readonly JudgeSettings Settings = new("openai:judge", MaxImageSide: 512);

    private static readonly Instance Task = new("1502046", "how-to", "Explain how to fold a paper crane.", [new TextContent("Fold a crane."), new DataContent(new byte[] { 1 }, "image/png")], null, new Dictionary<string, string>());

    private static readonly Instance NoInstruction = Task with { Instruction = " " };

    private static readonly SystemOutput Output = new("gill", "1502046", [new TextContent("Step 1: fold."), new DataContent(new byte[] { 2 }, "image/png"), new TextContent("Step 2: fold again.")]);

    private static readonly SystemOutput Empty = new("emu", "1502046", []);

    public static TheoryData<int> Cases => [0, 1, 2];

    [Theory]
    [MemberData(nameof(Cases))]
    public void BuildRequests_FromTheShippedFile_ByteIdenticalToTheBuiltIn(int which)
    {
        var (instance, output) = which switch { 0 => (Task, Output), 1 => (NoInstruction, Output), _ => (Task, Empty) };
        var builtIn = new OpeningScoreProtocol(Settings);
        var file = new RubricProtocol(BuiltInProtocols.Read("opening-score")!, Settings);
        var unit = new JudgeUnit(instance, output);

        var expected = builtIn.BuildRequests(unit, builtIn.Decide(unit).Applicable, new SameRequests.Hashes());
        var actual = file.BuildRequests(unit, file.Decide(unit).Applicable, new SameRequests.Hashes());

        Assert.Equal(expected.Select(r => (r.Key, r.Canonical)), actual.Select(r => (r.Key, r.Canonical)));
        SameRequests.AssertSameFormat(expected[0].Options, actual[0].Options);

        var reading = builtIn.Parse(expected[0], "{\"Correctness\": {\"Score\": 4, \"Justification\": \"ok\"}}");
        var repairExpected = builtIn.BuildRepair(expected[0], "bad", reading, new SameRequests.Hashes());
        var repairActual = file.BuildRepair(actual[0], "bad", file.Parse(actual[0], "{\"Correctness\": {\"Score\": 4, \"Justification\": \"ok\"}}"), new SameRequests.Hashes());
        Assert.Equal((repairExpected.Key, repairExpected.Canonical), (repairActual.Key, repairActual.Canonical));
        SameRequests.AssertSameFormat(repairExpected.Options, repairActual.Options);
    }

    [Theory]
    [InlineData("""{"Correctness": {"Score": 7, "Justification": "a"}, "Image-Text Coherency": {"Score": 12, "Justification": "b"}}""")]
    [InlineData("```json\n{\"correctness\": {\"score\": \"8/10\", \"justification\": \"x\"}}\n```\nContent Richness: 6")]
    [InlineData("Correctness: 5\nCompleteness: 4 out of 10\nCorrectness: 3")]
    [InlineData("I cannot grade this.")]
    public void Parse_FromTheShippedFile_SameReadingAsTheBuiltIn(string reply)
    {
        var builtIn = new OpeningScoreProtocol(Settings);
        var file = new RubricProtocol(BuiltInProtocols.Read("opening-score")!, Settings);
        var unit = new JudgeUnit(Task, Output);
        var request = builtIn.BuildRequests(unit, OpeningCriteria.All, new SameRequests.Hashes())[0];

        var expected = builtIn.Parse(request, reply);
        var actual = file.Parse(file.BuildRequests(unit, OpeningCriteria.All, new SameRequests.Hashes())[0], reply);

        Assert.Equal(expected.Method, actual.Method);
        Assert.Equal(expected.Values, actual.Values);
        Assert.Equal(expected.Problems, actual.Problems);
    }

    [Fact]
    public void PromptId_NamesTheFileAndItsVersion()
    {
        var file = new RubricProtocol(BuiltInProtocols.Read("opening-score")!, Settings);
        Assert.Equal(("opening-score", "opening-score/v1", 64), (file.Id, file.PromptId, file.PromptHash.Length));
    }
}
