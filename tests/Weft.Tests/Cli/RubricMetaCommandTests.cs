using System.Text;
using System.Text.Json;

namespace Weft.Tests.Cli;

public sealed class RubricMetaCommandTests(RubricRunFixture run) : IClassFixture<RubricRunFixture>
{
    // Two raters on clarity (1–5) of eight outputs and on steps_as_asked (yes = 1, no = 0) of the four how-to outputs of one system.
    private static readonly (string Instance, string System, string Aspect, int A, int B)[] Rated =
    [
        ("story-01", "strong", "clarity", 5, 4), ("story-02", "strong", "clarity", 4, 5), ("how-to-01", "strong", "clarity", 1, 2),
        ("how-to-02", "strong", "clarity", 2, 1), ("story-01", "weak", "clarity", 5, 5), ("story-04", "weak", "clarity", 1, 1),
        ("chart-04", "weak", "clarity", 4, 5), ("edit-04", "weak", "clarity", 2, 1),
        ("how-to-01", "strong", "steps_as_asked", 1, 1), ("how-to-02", "strong", "steps_as_asked", 0, 0),
        ("how-to-03", "strong", "steps_as_asked", 1, 0), ("how-to-04", "strong", "steps_as_asked", 0, 1),
    ];

    [Fact]
    public async Task Meta_RubricRun_CorrelatesEachOwnCriterionWithTheJudge()
    {
        var human = await WriteRatingsAsync("ratings.jsonl", Rated.SelectMany(r => new[] { Line(r.Instance, r.System, r.Aspect, "ann", r.A), Line(r.Instance, r.System, r.Aspect, "bob", r.B) }));

        var (code, output, error) = await CliRunner.RunAsync("meta", "--run", run.Run, "--human", human, "--format", "json", "--level", "instance", "--bootstrap", "50");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["clarity", "picture_fit", "steps_as_asked", "overall"], json.RootElement.GetProperty("aspects").EnumerateArray().Select(a => a.GetString()));
        var judge = json.RootElement.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("metric").GetString() == "judge");
        var clarity = judge.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("aspect").GetString() == "clarity");
        Assert.Equal(8, clarity.GetProperty("coverage").GetProperty("used").GetInt32());
        Assert.InRange(clarity.GetProperty("spearman").GetProperty("value").GetDouble(), -1, 1);
        var steps = judge.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("aspect").GetString() == "steps_as_asked");
        Assert.Equal(4, steps.GetProperty("coverage").GetProperty("used").GetInt32());
    }

    [Fact]
    public async Task Meta_RubricRun_RatingsOffACriterionScaleOrOnAnotherProtocolsAspect_ExitTwoNamingLine()
    {
        var human = await WriteRatingsAsync("bad.jsonl", [Line("story-01", "strong", "clarity", "ann", 0), Line("story-01", "strong", "text_quality", "ann", 3), Line("how-to-01", "strong", "steps_as_asked", "ann", 1)]);

        var (code, _, error) = await CliRunner.RunAsync("meta", "--run", run.Run, "--human", human);

        Assert.Equal(2, code);
        Assert.Contains("bad.jsonl:1: score: 0 is not an answer of criterion 'clarity' (an integer from 1 to 5)", error, StringComparison.Ordinal);
        Assert.Contains("bad.jsonl:2: aspect: unknown criterion 'text_quality'; the run's criteria are clarity, picture_fit, steps_as_asked, or overall", error, StringComparison.Ordinal);
        Assert.DoesNotContain("bad.jsonl:3", error, StringComparison.Ordinal);
    }

    private static string Line(string instance, string system, string aspect, string rater, int score) =>
        JsonSerializer.Serialize(new { instance, system, aspect, rater, score });

    private async Task<string> WriteRatingsAsync(string name, IEnumerable<string> lines)
    {
        var path = run.Folder.File(name);
        await File.WriteAllTextAsync(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }
}
