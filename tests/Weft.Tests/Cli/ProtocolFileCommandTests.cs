using System.Text.Json;
using Weft.Protocols.Rubrics;
using Weft.Testing;
using static Weft.Tests.Cli.SampleArgs;

namespace Weft.Tests.Cli;

public sealed class ProtocolFileCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static string Rubric => Path.Combine(TestPaths.Samples, "protocols", "how-to-rubric.json");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Eval_SampleRubric_JudgedOnItsOwnCriteriaAndReportedInEveryFormat()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var run = folder.File("run");

        var (code, output, error) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", run, "--protocol", Rubric, "--format", "json");

        Assert.True(code == 0, error);
        Assert.Equal(30, server.RequestCount); // 16 strong + 14 weak outputs (the weak system misses two)
        Assert.All(server.Requests, r => Assert.Contains("how_to_rubric", r.Body.ToString(), StringComparison.Ordinal));
        using var json = JsonDocument.Parse(output);
        Assert.Equal("how-to-rubric", json.RootElement.GetProperty("run").GetProperty("protocol").GetString());
        var system = json.RootElement.GetProperty("systems")[0];
        var criteria = system.GetProperty("aspects").EnumerateArray().Select(a => a.GetProperty("aspect").GetString()).ToList();
        Assert.Equal(["clarity", "picture_fit", "steps_as_asked"], criteria);
        var stepsAsAsked = system.GetProperty("aspects")[2];
        Assert.Equal((4, 12), (stepsAsAsked.GetProperty("n").GetInt32(), stepsAsAsked.GetProperty("not_applicable").GetInt32()));
        Assert.InRange(stepsAsAsked.GetProperty("mean").GetDouble(), 0, 1);

        foreach (var format in new[] { "table", "md", "csv" })
        {
            var (reportCode, report, _) = await CliRunner.RunAsync("report", "--run", run, "--format", format);
            Assert.Equal(0, reportCode);
            Assert.Contains("picture_fit", report, StringComparison.Ordinal);
            Assert.Contains("steps_as_asked", report, StringComparison.Ordinal);
        }

        var before = server.RequestCount;
        var (again, _, _) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", run, "--protocol", Rubric);
        Assert.Equal((0, before), (again, server.RequestCount));
    }

    [Theory]
    [InlineData("{instruction}", "{instructions}", "prompt[0]")]
    [InlineData("\"min\": 1, \"max\": 5", "\"min\": 5, \"max\": 1", "criteria[0].scale")]
    [InlineData("{ \"name\": \"no\", \"value\": 0 }", "{ \"name\": \"Yes\", \"value\": 0 }", "criteria[2].labels[1].name")]
    [InlineData("\"version\": 1,", "\"version\": 1", "(json)")]
    public async Task Eval_BadProtocolFile_ExitCode2NamingFileLineAndFieldAndNothingWritten(string from, string to, string field)
    {
        var path = folder.File("bad.json");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(Rubric)).Replace(from, to, StringComparison.Ordinal));
        var run = folder.File("run");

        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--judge", "openai:fake", "--judge-url", "http://127.0.0.1:9/v1", "--run", run, "--protocol", path);

        Assert.Equal(2, code);
        Assert.Contains(path + ":", error, StringComparison.Ordinal);
        Assert.Contains(field, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run));
    }

    [Fact]
    public async Task Protocols_ListAndShow_PrintTheShippedFileToStartFrom()
    {
        var (listCode, list, _) = await CliRunner.RunAsync("protocols", "list");
        var (showCode, shown, _) = await CliRunner.RunAsync("protocols", "show", "opening-score");
        var (codeOnly, _, codeOnlyError) = await CliRunner.RunAsync("protocols", "show", "pairwise");

        Assert.Equal((0, 0, 2), (listCode, showCode, codeOnly));
        Assert.Contains("opening-score", list, StringComparison.Ordinal);
        Assert.Contains("interleaved-eval", list, StringComparison.Ordinal);
        Assert.Equal(BuiltInProtocols.Text("opening-score"), shown);
        Assert.Equal("opening-score", RubricFile.Parse("shown.json", shown, yaml: false).Id);
        Assert.Contains("weft protocols show interleaved-eval", codeOnlyError, StringComparison.Ordinal);
    }
}
