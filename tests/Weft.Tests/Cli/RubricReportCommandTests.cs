using System.Globalization;
using System.Text.Json;

namespace Weft.Tests.Cli;

public sealed class RubricReportCommandTests(RubricRunFixture run) : IClassFixture<RubricRunFixture>
{
    [Fact]
    public async Task Report_Json_ListsTheCriteriaWithTheirScalesAndClipsEachIntervalToItsOwn()
    {
        using var json = JsonDocument.Parse(await ReportAsync("json"));

        var criteria = json.RootElement.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(["clarity", "picture_fit", "steps_as_asked"], criteria.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal((1, 5), (criteria[0].GetProperty("min").GetInt32(), criteria[0].GetProperty("max").GetInt32()));
        Assert.Equal(["yes", "no"], criteria[2].GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        foreach (var system in json.RootElement.GetProperty("systems").EnumerateArray())
        {
            var aspects = system.GetProperty("aspects");
            Assert.InRange(aspects[0].GetProperty("ci_low").GetDouble(), 1, 5);
            Assert.InRange(aspects[2].GetProperty("ci_high").GetDouble(), 0, 1);
            Assert.Equal(JsonValueKind.Null, system.GetProperty("overall").ValueKind);
        }

        Assert.StartsWith("Overall is left out: the criteria are on different scales", json.RootElement.GetProperty("overall_rule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Csv_HasARowPerCriterionScaleAndIntervalsOnTheYesNoScale()
    {
        var csv = await ReportAsync("csv");

        var empty = new string(',', 11);
        Assert.Contains($"criterion,,,clarity{empty}1–5\r\n", csv, StringComparison.Ordinal);
        Assert.Contains($"criterion,,,steps_as_asked{empty}\"yes = 1, no = 0\"\r\n", csv, StringComparison.Ordinal);
        var yesNo = csv.Split("\r\n").Select(l => l.Split(',')).Where(r => r[0] == "system" && r[3] == "steps_as_asked").ToList();
        Assert.Equal(2, yesNo.Count);
        Assert.All(yesNo, r => Assert.InRange(double.Parse(r[7], CultureInfo.InvariantCulture), 0, 1));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("table")]
    public async Task Report_HumanReadable_NamesEachScaleAndShowsTheYesShare(string format)
    {
        var text = await ReportAsync(format);

        Assert.Contains("clarity 1–5", text, StringComparison.Ordinal);
        Assert.Contains("steps_as_asked yes = 1, no = 0, the mean is the share of yes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0–5 scale", text, StringComparison.Ordinal);
        Assert.Matches(@"\d\.\d\d yes", text);
        Assert.Contains("picture_fit", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_TextFile_NamesEachScale()
    {
        var path = run.Folder.File("report.txt");
        var (code, _, error) = await CliRunner.RunAsync("report", "--run", run.Run, "--format", "table", "--out", path);

        Assert.True(code == 0, error);
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains("clipped to the criterion's own scale: clarity 1–5; picture_fit 1–5; steps_as_asked yes = 1, no = 0", text, StringComparison.Ordinal);
        Assert.Matches(@"steps_as_asked +\d\.\d\d yes", text);
    }

    [Fact]
    public async Task Report_Html_ColoursAndShowsEachScoreOnItsOwnScale()
    {
        var path = run.Folder.File("report.html");
        var (code, _, error) = await CliRunner.RunAsync("report", "--run", run.Run, "--format", "html", "--out", path, "--max-image-side", "0");

        Assert.True(code == 0, error);
        var html = await File.ReadAllTextAsync(path);
        Assert.Contains("clipped to the criterion&#39;s own scale: clarity 1–5", html, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""score"">(yes|no)</td>", html);
        Assert.Matches(@"<td class=""score"">[1-5]/5</td>", html);
        Assert.DoesNotMatch(@"<td class=""score"">[01]/1</td>", html);
        Assert.Matches(@"<b>\d\.\d\d yes</b>", html);
        Assert.Contains("each on its own scale", html, StringComparison.Ordinal);
    }

    private async Task<string> ReportAsync(string format)
    {
        var (code, output, error) = await CliRunner.RunAsync("report", "--run", run.Run, "--format", format);
        Assert.True(code == 0, error);
        return output;
    }
}
