using Weft.Protocols;

namespace Weft.Tests.Protocols;

public sealed class PairwiseReplyParserTests
{
    [Fact]
    public void Parse_ExactRequestedJson_IsStrict()
    {
        var result = PairwiseReplyParser.Parse("""{"explanation": "Response 1 follows all three steps.", "winner": "A"}""");

        Assert.Equal((PairwiseWinner.A, ParseMethod.StrictJson, "Response 1 follows all three steps."), (result.Winner!.Value, result.Method, result.Explanation));
        Assert.Null(result.Problem);
    }

    public static TheoryData<string, PairwiseWinner> JsonReplies() => new()
    {
        { """{"explanation": "Close, but the second picture is sharper.", "winner": "Tie(B)"}""", PairwiseWinner.TieB },
        { "```json\n{\"explanation\": \"Both fine.\", \"winner\": \"tie(a)\"}\n```", PairwiseWinner.TieA },
        { "Here is my judgement:\n{\"winner\": \"Response 2\", \"reason\": \"It has the images.\"}\nThanks.", PairwiseWinner.B },
        { """{"Winner": "B", "Explanation": "x"}""", PairwiseWinner.B },
        { """{"verdict": {"winner": "A"}, "explanation": "nested"}""", PairwiseWinner.A },
        { """{"explanation": "e", "winner": 2}""", PairwiseWinner.B },
        { """{"explanation": "e", "winner": "Tie, slightly A"}""", PairwiseWinner.TieA },
        { """{"explanation": "e", "better_response": "first"}""", PairwiseWinner.A },
        { "<think>A is better? maybe B is better</think>{\"explanation\": \"e\", \"winner\": \"B\"}", PairwiseWinner.B },
    };

    [Theory]
    [MemberData(nameof(JsonReplies))]
    public void Parse_JsonInVariantShapes_ReadsTheWinner(string reply, PairwiseWinner expected)
    {
        var result = PairwiseReplyParser.Parse(reply);

        Assert.Equal(expected, result.Winner);
        Assert.NotEqual(ParseMethod.None, result.Method);
    }

    public static TheoryData<string, PairwiseWinner> TextReplies() => new()
    {
        { "A is better.", PairwiseWinner.A },
        { "After comparing both, Response 2 wins because its images follow the steps.", PairwiseWinner.B },
        { "Tie, slightly B", PairwiseWinner.TieB },
        { "Both answers are solid. [[A]]", PairwiseWinner.A },
        { "[[Tie(B)]]", PairwiseWinner.TieB },
        { "It is close: a tie leaning to A, since its second image is cleaner.", PairwiseWinner.TieA },
        { "Output B", PairwiseWinner.B },
        { "**Winner:** Response 1", PairwiseWinner.A },
        { "Final verdict: Tie(A)", PairwiseWinner.TieA },
        { "The better response is B because it actually shows the snowman.", PairwiseWinner.B },
        { "I prefer Response 1: it keeps the same character in every picture.", PairwiseWinner.A },
        { "Response A is clearly superior in every aspect.", PairwiseWinner.A },
        { "Response 2 is slightly better, mostly thanks to the last picture.", PairwiseWinner.TieB },
        { "Overall this is a tie, slightly favouring Response 1.", PairwiseWinner.TieA },
        { "Response 1 has a typo in step two. Response 2 has none and its images match.\n\nB", PairwiseWinner.B },
        { "Response B is better than Response A.", PairwiseWinner.B },
        { "Honestly, it's a tie.", PairwiseWinner.Tie },
        { "The winner is Assistant B.", PairwiseWinner.B },
        { "A", PairwiseWinner.A },
        { "\"Tie(A)\"", PairwiseWinner.TieA },
    };

    [Theory]
    [MemberData(nameof(TextReplies))]
    public void Parse_TextReplies_ReadsTheWinner(string reply, PairwiseWinner expected)
    {
        var result = PairwiseReplyParser.Parse(reply);

        Assert.Equal(expected, result.Winner);
        Assert.Equal(ParseMethod.Text, result.Method);
        Assert.Equal(reply.Trim(), result.Explanation);
    }

    public static TheoryData<string> Contradictions() =>
    [
        "A is better in the text. But overall, B is better.",
        "Winner: A\nOn reflection, Winner: B",
        """{"winner": "A"} and also {"winner": "B"}""",
        "[[A]] ... no wait [[B]]",
    ];

    [Theory]
    [MemberData(nameof(Contradictions))]
    public void Parse_ContradictoryReply_GivesNoVerdictAndSaysWhy(string reply)
    {
        var result = PairwiseReplyParser.Parse(reply);

        Assert.Null(result.Winner);
        Assert.StartsWith("conflicting verdicts", result.Problem, StringComparison.Ordinal);
    }

    public static TheoryData<string> NoVerdicts() =>
    [
        "",
        "I cannot compare these responses because the images did not load.",
        "A careful reading shows both have merits and flaws.",
        "Neither is perfect; it depends on what the user wants.",
        """{"explanation": "Both fine.", "winner": "C"}""",
        "The instruction asks how to tie a tie.",
        "<think>A is better</think>",
    ];

    [Theory]
    [MemberData(nameof(NoVerdicts))]
    public void Parse_ReplyWithoutVerdict_GivesNoVerdictNeverASide(string reply)
    {
        var result = PairwiseReplyParser.Parse(reply);

        Assert.Null(result.Winner);
        Assert.Equal("no verdict found", result.Problem);
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("A", PairwiseWinner.A)]
    [InlineData("b", PairwiseWinner.B)]
    [InlineData("TieA", PairwiseWinner.TieA)]
    [InlineData("Tie (Response 2)", PairwiseWinner.TieB)]
    [InlineData("tie", PairwiseWinner.Tie)]
    [InlineData("Output 1", PairwiseWinner.A)]
    [InlineData("second", PairwiseWinner.B)]
    public void Interpret_ShortValues_NameTheWinner(string value, PairwiseWinner expected) =>
        Assert.Equal(expected, PairwiseReplyParser.Interpret(value));

    [Theory]
    [InlineData("C")]
    [InlineData("both")]
    [InlineData("")]
    public void Interpret_ValuesNamingNoSide_AreNull(string value) => Assert.Null(PairwiseReplyParser.Interpret(value));
}
