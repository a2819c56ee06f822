using System.Text.Json;
using Weft.Meta;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Cli;

/// <summary>With <c>--format json</c> or <c>csv</c>, standard output holds the document and nothing else, so it can be piped into a parser.</summary>
public sealed class MachineReadableOutputTests : IDisposable
{
    private const string Verdicts = """
        {"instance": "1", "system_a": "x", "system_b": "y", "winner": "A", "source": "annotator:ann"}
        {"instance": "2", "system_a": "x", "system_b": "y", "winner": "Tie(A)", "source": "annotator:ann"}
        {"instance": "3", "system_a": "y", "system_b": "x", "winner": "A", "source": "annotator:ann"}
        """;

    private readonly TempFolder folder = new();

    public static TheoryData<string> Formats => ["json", "csv"];

    private static string Bench => Path.Combine(TestPaths.Samples, "bench.jsonl");

    private static string Strong => "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl");

    private static string Weak => "weak=" + Path.Combine(TestPaths.Samples, "outputs", "weak.jsonl");

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Eval_PrintsOnlyTheDocument(string format)
    {
        var (code, output, error) = await CliRunner.RunAsync("eval", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "none", "--run", folder.File("run"), "--format", format);

        Assert.True(code == 0, error);
        AssertParses(format, output);
        Assert.Contains("16 instances × 2 systems", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EvalOpeningScore_PrintsOnlyTheDocument(string format)
    {
        await using var server = await FakeJudgeServer.StartAsync();

        var (code, output, error) = await CliRunner.RunAsync(
            "eval", "--protocol", "opening-score", "--bench", Bench, "--system", Strong, "--limit", "2", "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", folder.File("run"), "--format", format);

        Assert.True(code == 0, error);
        AssertParses(format, output);
        Assert.Contains("Scored 2", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Report_PrintsOnlyTheDocument(string format)
    {
        var run = await JudgedRunAsync();

        var (code, output, error) = await CliRunner.RunAsync("report", "--run", run, "--format", format);

        Assert.True(code == 0, error);
        AssertParses(format, output);
    }

    [SharedDataTheory]
    [MemberData(nameof(Formats))]
    public async Task ScoresSummarize_PrintsOnlyTheDocument(string format)
    {
        var (code, output, error) = await CliRunner.RunAsync("scores", "summarize", "--scores", Path.Combine(TestPaths.OpeningData, "gpt-score-sample.json"), "--format", format);

        Assert.True(code == 0, error);
        AssertParses(format, output);
    }

    [Theory]
    [InlineData("winrates", "json")]
    [InlineData("winrates", "csv")]
    [InlineData("rank", "json")]
    [InlineData("rank", "csv")]
    [InlineData("agreement", "json")]
    [InlineData("agreement", "csv")]
    public async Task Arena_PrintsOnlyTheDocument(string command, string format)
    {
        var verdicts = folder.Write("v.jsonl", Verdicts);
        string[] inputs = command == "agreement" ? ["--reference", verdicts, "--candidate", verdicts] : ["--verdicts", verdicts];
        string[] extra = command == "rank" ? ["--bootstrap", "20"] : [];

        var (code, output, error) = await CliRunner.RunAsync(["arena", command, .. inputs, .. extra, "--format", format]);

        Assert.True(code == 0, error);
        AssertParses(format, output);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Meta_PrintsOnlyTheDocument(string format)
    {
        var run = await JudgedRunAsync();
        var ratings = File.ReadLines(Bench).Take(8)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString())
            .SelectMany((id, i) => new[] { "strong", "weak" }.Select((system, s) => $"{{\"instance\": \"{id}\", \"system\": \"{system}\", \"aspect\": \"TQ\", \"rater\": \"a\", \"score\": {(i + s) % 4}}}"));
        var human = folder.Write("ratings.jsonl", string.Join('\n', ratings));

        var (code, output, error) = await CliRunner.RunAsync("meta", "--run", run, "--human", human, "--bootstrap", "20", "--format", format);

        Assert.True(code == 0, error);
        AssertParses(format, output);
    }

    public void Dispose() => folder.Dispose();

    private static void AssertParses(string format, string output)
    {
        Assert.False(string.IsNullOrWhiteSpace(output));
        if (format == "json")
        {
            using var json = JsonDocument.Parse(output);
            return;
        }

        // Every record has the header's number of fields: a status line before or after the table would not.
        var records = CsvRecords.Split(output, out var problem);
        Assert.Null(problem);
        var columns = records[0].Fields.Count;
        Assert.True(columns > 1, output);
        Assert.All(records, r => Assert.True(r.Fields.Count == columns, $"line {r.Line} has {r.Fields.Count} fields, the header {columns}:\n{output}"));
    }

    private async Task<string> JudgedRunAsync()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var run = folder.File("run");
        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(), "--run", run);
        Assert.True(code == 0, error);
        return run;
    }
}
