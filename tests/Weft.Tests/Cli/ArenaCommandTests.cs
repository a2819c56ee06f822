using System.Text.Json;
using Weft.Testing;

namespace Weft.Tests.Cli;

public sealed class ArenaCommandTests : IDisposable
{
    private const string Verdicts = """
        {"instance": "1", "system_a": "x", "system_b": "y", "winner": "A", "source": "annotator:ann"}
        {"instance": "2", "system_a": "x", "system_b": "y", "winner": "Tie(A)", "source": "annotator:ann"}
        {"instance": "3", "system_a": "Y", "system_b": "x", "winner": "A", "source": "annotator:ann"}
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task WinRates_Json_WritesDocumentedFields()
    {
        var (code, output, _) = await CliRunner.RunAsync("arena", "winrates", "--verdicts", folder.Write("v.jsonl", Verdicts), "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var x = json.RootElement.GetProperty("systems")[0];
        Assert.Equal("x", x.GetProperty("system").GetString());
        Assert.Equal(2.0 / 3, x.GetProperty("fdt").GetProperty("value").GetDouble(), 12);
        Assert.Equal(0.5, x.GetProperty("without_ties").GetProperty("value").GetDouble());
        Assert.Equal(2, json.RootElement.GetProperty("matrix").GetArrayLength());
    }

    [Fact]
    public async Task WinRates_EveryFormat_Succeeds()
    {
        var verdicts = folder.Write("v.jsonl", Verdicts);
        // x's FDT win rate is 2/3 in every format.
        foreach (var (format, expected) in new[] { ("table", "66.67%"), ("md", "66.67%"), ("csv", "0.6666666666666666") })
        {
            var (code, output, error) = await CliRunner.RunAsync("arena", "winrates", "--verdicts", verdicts, "--format", format);

            Assert.True(code == 0, error);
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WinRates_Out_WritesTheFile()
    {
        var target = folder.File("report/win.csv");

        var (code, _, _) = await CliRunner.RunAsync("arena", "winrates", "--verdicts", folder.Write("v.jsonl", Verdicts), "--format", "csv", "--out", target);

        Assert.Equal(0, code);
        Assert.StartsWith("system,matches,wins,losses,ties_won,ties_lost,ties,fdt,", await File.ReadAllTextAsync(target), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WinRates_DuplicateBattle_ExitsTwoNamingBothLines()
    {
        var path = folder.Write("v.jsonl", Verdicts + "\n" + """{"instance": "1", "system_a": "y", "system_b": "X", "winner": "B", "source": "annotator:ann"}""");

        var (code, _, error) = await CliRunner.RunAsync("arena", "winrates", "--verdicts", path);

        Assert.Equal(2, code);
        Assert.Contains($"{path}:4: instance: duplicate battle", error, StringComparison.Ordinal);
        Assert.Contains("as line 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WinRates_UnknownAlias_ExitsTwo()
    {
        var (code, _, error) = await CliRunner.RunAsync("arena", "winrates", "--verdicts", folder.Write("v.jsonl", Verdicts), "--alias", "z=w");

        Assert.Equal(2, code);
        Assert.Contains("\"z\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agreement_UnknownSplitSystem_ExitsTwo()
    {
        var verdicts = folder.Write("v.jsonl", Verdicts);

        var (code, _, error) = await CliRunner.RunAsync("arena", "agreement", "--reference", verdicts, "--candidate", verdicts, "--systems-split", "x,nope");

        Assert.Equal(2, code);
        Assert.Contains("unknown system \"nope\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agreement_OpeningCandidateWithAlias_ComparesTheSameBattles()
    {
        var reference = folder.Write("human.jsonl", Verdicts);
        var candidate = folder.Write("judge.json", """
            [
              {"data_id": "1", "model_A": {"id": "1", "name": "X-old"}, "model_B": {"id": "2", "name": "y"}, "winner": "A"},
              {"data_id": "2", "model_A": {"id": "2", "name": "y"}, "model_B": {"id": "1", "name": "x-old"}, "winner": "A"},
              {"data_id": "3", "model_A": {"id": "2", "name": "y"}, "model_B": {"id": "1", "name": "x-old"}, "winner": "Tie(A)"}
            ]
            """);

        var (code, output, error) = await CliRunner.RunAsync(
            "arena", "agreement", "--reference", reference, "--candidate", candidate, "--alias", "x-old=x", "--format", "json", "--systems-split", "X");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var all = json.RootElement.GetProperty("all");

        // Battle 1 agrees (A/A); 2: Tie(A) vs y's A → FDT A vs B; 3: y's A vs y's Tie(A) → FDT agree, 3-class disagree.
        Assert.Equal(3, all.GetProperty("battles").GetInt32());
        Assert.Equal(2, all.GetProperty("fdt_agreements").GetInt32());
        Assert.Equal(1, all.GetProperty("with_tie_agreements").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("involving").GetProperty("battles").GetInt32());
    }

    [Fact]
    public async Task Rank_Csv_ListsSystemsBestFirst()
    {
        var (code, output, error) = await CliRunner.RunAsync("arena", "rank", "--verdicts", folder.Write("v.jsonl", Verdicts), "--bootstrap", "50", "--ties", "fdt", "--format", "csv");

        Assert.True(code == 0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,system,elo,elo_low,elo_high,rank_low,rank_high,matches", lines[0]);
        Assert.StartsWith("1,x,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,y,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rank_Table_ShowsTheRating()
    {
        var (code, output, _) = await CliRunner.RunAsync("arena", "rank", "--verdicts", folder.Write("v.jsonl", Verdicts), "--bootstrap", "0", "--ties", "fdt");

        // FDT: x has 2 wins to y's 1, so Elo = 1000 + 200·log10(2) = 1060.2.
        Assert.Equal(0, code);
        Assert.Contains("1060.2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_WithOutputs_WritesBalancedBattles()
    {
        var target = folder.File("battles.jsonl");

        var (code, output, error) = await CliRunner.RunAsync(
            "arena", "sample", "--bench", Path.Combine(TestPaths.Samples, "bench.jsonl"),
            "--system", "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl"),
            "--system", "weak=" + Path.Combine(TestPaths.Samples, "outputs", "weak.jsonl"),
            "--per-pair", "4", "--seed", "2", "--out", target);

        Assert.True(code == 0, error);
        Assert.Contains("Wrote 4 battles", error, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(target);
        Assert.Equal(4, lines.Length);
        Assert.Equal(2, lines.Count(l => l.Contains("\"system_a\":\"strong\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sample_PerPairAboveTheSharedInstances_CapsAndSaysHowManyExist()
    {
        var target = folder.File("battles.jsonl");

        // strong has 16 outputs, weak 14: the pair has 14 distinct battles, not 100.
        var (code, output, error) = await CliRunner.RunAsync(
            "arena", "sample", "--bench", Path.Combine(TestPaths.Samples, "bench.jsonl"),
            "--system", "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl"),
            "--system", "weak=" + Path.Combine(TestPaths.Samples, "outputs", "weak.jsonl"),
            "--per-pair", "100", "--out", target);

        Assert.True(code == 0, error);
        Assert.Contains("warning: strong vs weak: only 14 distinct battles exist (14 instances usable by both); wrote 14 of 100", error, StringComparison.Ordinal);
        Assert.Contains("Wrote 14 battles", error, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(target);
        Assert.Equal(14, lines.Distinct().Count());
        Assert.Equal(14, lines.Length);
    }

    [Fact]
    public async Task Sample_NeitherPerPairNorTotal_ExitsTwo()
    {
        var (code, _, error) = await CliRunner.RunAsync(
            "arena", "sample", "--bench", Path.Combine(TestPaths.Samples, "bench.jsonl"), "--systems", "a,b", "--out", folder.File("b.jsonl"));

        Assert.Equal(2, code);
        Assert.Contains("--per-pair", error, StringComparison.Ordinal);
    }
}
