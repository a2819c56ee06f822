using System.Globalization;
using System.Text;
using System.Text.Json;
using Weft.Protocols;

namespace Weft.Tests.Protocols;

public sealed partial class ScoreReplyParserTests
{
    private static readonly string[] Words =
    [
        "clear", "fluent", "naïve", "images", "match", "the", "steps", "missing", "good", "it's", "文本", "🙂",
        "well-drawn", "(mostly)", "colours,", "\"quoted\"", "50%", "blurry;", "über", "text", "scene.", "3",
    ];

    public static TheoryData<string, ParseMethod> Formats => new()
    {
        { "strict", ParseMethod.StrictJson },
        { "fenced-display-names", ParseMethod.TolerantJson },
        { "array", ParseMethod.TolerantJson },
        { "flat", ParseMethod.TolerantJson },
        { "python", ParseMethod.TolerantJson },
        { "lines", ParseMethod.Text },
        { "sections", ParseMethod.Text },
        { "table", ParseMethod.Text },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_RenderedRandomVerdicts_GiveBackTheSameScoresAndExplanations(string format, ParseMethod method)
    {
        var random = new Random(20240614);
        for (var trial = 0; trial < 200; trial++)
        {
            var aspects = Aspects.All.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).ToList();
            var verdicts = aspects.Select(aspect => new CriterionScore(Aspects.Key(aspect), random.Next(0, 6), RandomExplanation(random))).ToList();
            var reply = Render(format, aspects, verdicts);

            var result = VerdictParser.Parse(reply, aspects);

            Assert.True(verdicts.SequenceEqual(result.Scores) && result.Method == method, $"{result.Method}: {string.Join("; ", result.Problems)}\n{reply}");
        }
    }

    private static string RandomExplanation(Random random)
    {
        // Words[0..^1] leaves out "3" as a first word: an explanation that is only a number under a heading is a second score.
        var count = random.Next(0, 12);
        return string.Join(" ", Enumerable.Range(0, count).Select(i => Words[random.Next(i == 0 ? Words.Length - 1 : Words.Length)]));
    }

    private static string Render(string format, List<Aspect> aspects, List<CriterionScore> verdicts)
    {
        var pairs = aspects.Zip(verdicts).ToList();
        string Json(string text) => JsonSerializer.Serialize(text);
        string N(int score) => score.ToString(CultureInfo.InvariantCulture);
        return format switch
        {
            "strict" => "{" + string.Join(", ", pairs.Select(p => $"{Json(p.Second.Key)}: {{\"explanation\": {Json(p.Second.Explanation)}, \"score\": {N(p.Second.Score)}}}")) + "}",
            "fenced-display-names" => "Here you go:\n```json\n{\n" + string.Join(",\n", pairs.Select(p =>
                $"  {Json(Aspects.DisplayName(p.First))}: {{\"Justification\": {Json(p.Second.Explanation)}, \"Score\": {N(p.Second.Score)}}}")) + "\n}\n```\nThanks.",
            "array" => "[" + string.Join(", ", pairs.Select(p =>
                $"{{\"aspect\": {Json(Aspects.ShortName(p.First))}, \"rating\": \"{N(p.Second.Score)}/5\", \"reason\": {Json(p.Second.Explanation)}}}")) + "]",
            "flat" => "{" + string.Join(", ", pairs.Select(p =>
                $"{Json(p.Second.Key)}: {N(p.Second.Score)}, {Json(p.Second.Key + "_explanation")}: {Json(p.Second.Explanation)}")) + "}",
            "python" => "{" + string.Join(", ", pairs.Select(p =>
                $"'{p.Second.Key}': {{'explanation': {PythonString(p.Second.Explanation)}, 'score': {N(p.Second.Score)}}}")) + "}",
            "lines" => "My evaluation:\n\n" + string.Join("\n", pairs.Select(p =>
                $"- **{Aspects.DisplayName(p.First)}**: {N(p.Second.Score)}/5 – {p.Second.Explanation}")),
            "sections" => string.Join("\n\n", pairs.Select(p =>
                $"### {Aspects.DisplayName(p.First)} ({Aspects.ShortName(p.First)})\n{p.Second.Explanation}\nScore: {N(p.Second.Score)}")),
            "table" => "| Aspect | Score | Explanation |\n|---|---|---|\n" + string.Join("\n", pairs.Select(p =>
                $"| {Aspects.DisplayName(p.First)} | {N(p.Second.Score)} | {p.Second.Explanation} |")),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    // Like Python's repr: single quotes unless the text holds one.
    private static string PythonString(string text)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            builder.Append(c == quote ? $"\\{c}" : c.ToString());
        }

        return builder.Append(quote).ToString();
    }
}
