using System.Text.Json;
using Weft.Meta;
using Weft.Protocols;
using Weft.Runs;
using Weft.Testing;
using Weft.Tests.Meta;

namespace Weft.Tests.Cli;

public sealed class MetaCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Meta_StoredRunWithBaseline_WritesEveryFormat()
    {
        var run = CreateRun();
        var human = folder.File("ratings.csv");
        await HumanRatingWriter.WriteAsync(human, MetaRuns.Ratings());

        foreach (var format in MetaReportWriter.Formats)
        {
            var (code, output, error) = await CliRunner.RunAsync("meta", "--run", run, "--human", human, "--format", format, "--bootstrap", "50");
            Assert.True(code == 0, error);
            Assert.Contains("BLEU-4", output, StringComparison.Ordinal);
        }

        var path = folder.File("out/meta.json");
        var (written, _, _) = await CliRunner.RunAsync("meta", "--run", run, "--human", human, "--format", "json", "--level", "instance", "--bootstrap", "50", "--seed", "7", "--out", path);
        Assert.Equal(0, written);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(7UL, json.RootElement.GetProperty("seed").GetUInt64());
        var rows = json.RootElement.GetProperty("tables").EnumerateArray().Single().GetProperty("rows");
        Assert.Equal(["judge", "ref.bleu4", "human"], rows.EnumerateArray().Select(r => r.GetProperty("metric").GetString()));
        Assert.Equal(40, rows[1].GetProperty("cells")[0].GetProperty("coverage").GetProperty("used").GetInt32());
    }

    [Fact]
    public async Task Meta_BadRatings_ExitsTwoWithFileLine()
    {
        var run = CreateRun();
        var human = folder.Write("ratings.jsonl", "{\"instance\": \"0001\", \"system\": \"s1\", \"aspect\": \"TQ\", \"rater\": \"a\", \"score\": 5}\n");

        var (code, _, error) = await CliRunner.RunAsync("meta", "--run", run, "--human", human);

        Assert.Equal(2, code);
        Assert.Contains("ratings.jsonl:1: score: 5 is off the declared scale 0-3", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meta_BadScale_ExitsTwo()
    {
        var run = CreateRun();
        var human = folder.Write("ratings.jsonl", "");

        var (code, _, error) = await CliRunner.RunAsync("meta", "--run", run, "--human", human, "--scale", "5-1");

        Assert.Equal(2, code);
        Assert.Contains("--scale", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meta_UnmatchedRatings_WarnsAndSucceeds()
    {
        var run = CreateRun();
        var human = folder.Write("ratings.jsonl", "{\"instance\": \"zzz\", \"system\": \"s1\", \"aspect\": \"TQ\", \"rater\": \"a\", \"score\": 1}\n");

        var (code, output, error) = await CliRunner.RunAsync("meta", "--run", run, "--human", human, "--format", "md");

        Assert.Equal(0, code);
        Assert.Contains("1 of 1 ratings are for outputs the run does not have", error, StringComparison.Ordinal);
        Assert.Contains("—[", output, StringComparison.Ordinal);
    }

    /// <summary>A stored run of 4 systems × 10 instances, judged on every aspect, with a ref.bleu4 value per output.</summary>
    private string CreateRun()
    {
        var path = folder.File("run");
        Directory.CreateDirectory(path);
        using var store = SqliteRunStore.Open(path);
        var info = MetaRuns.Info();
        store.WriteConfig(new RunConfig(info.Protocol, info.Judge, info.PromptId, info.PromptHash, 0, null, false, "auto", 1024, "", info.Benchmark, info.Systems, info.Created, info.WeftVersion));
        store.SaveInstances(Enumerable.Range(0, 10).Select(i => new InstanceRow(MetaRuns.Id(i), "task", i)));
        for (var s = 0; s < 4; s++)
        {
            var system = $"s{s + 1}";
            store.SaveOutputs(Enumerable.Range(0, 10).Select(i => new OutputRow(system, MetaRuns.Id(i), true, null)));
            for (var i = 0; i < 10; i++)
            {
                var score = (int)Math.Round(5 * MetaRuns.Quality(s, i));
                store.SaveItem(
                    new ItemRecord(system, MetaRuns.Id(i), ItemRecord.Judged, null, null, DateTimeOffset.UnixEpoch),
                    [.. MetaRuns.AspectKeys.Select(k => new VerdictRecord(k, VerdictStatus.Scored, score, "ok", null, null, null, null, null))]);
                store.SaveMetrics(system, MetaRuns.Id(i), [("ref.bleu4", MetaRuns.Quality(s, i) * 0.8), ("images.count", 2)]);
            }
        }

        return path;
    }

    public void Dispose() => folder.Dispose();
}
