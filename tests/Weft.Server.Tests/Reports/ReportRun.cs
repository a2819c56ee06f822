using System.Text;
using System.Text.Json;
using SkiaSharp;
using Weft.Protocols;
using Weft.Reports.Html;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Server.Tests.Reports;

/// <summary>
/// A small run written straight into a store (benchmark and output files with real PNGs, verdicts for every aspect),
/// with a hostile output from system "beta" on instance q1, and its HTML report.
/// </summary>
internal sealed class ReportRun : IDisposable
{
    public const string HostileScript = "<script>window.pwned = 1</script>";
    public const string HostileImage = "<img src=x onerror=\"window.pwned = 2\">";

    private static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    public string ReportPath => folder.File("report.html");

    public string RunFolder => folder.File("run");

    public static async Task<ReportRun> CreateAsync()
    {
        var run = new ReportRun();
        await run.WriteAsync();
        return run;
    }

    private async Task WriteAsync()
    {
        folder.Write("data/images/in.png", TestImages.Gradient(400, 300, SKColors.Orange, SKColors.Purple));
        folder.Write("data/outputs/img/a.png", TestImages.Gradient(900, 600, SKColors.Teal, SKColors.White));
        folder.Write("data/outputs/img/b.png", TestImages.Png(200, 150, SKColors.Crimson));
        string[] ids = ["q1", "q2", "q3"];
        var bench = folder.Write("data/bench.jsonl", Lines(ids.Select(id => new
        {
            id,
            task = id == "q2" ? "story" : "how-to",
            instruction = $"Answer {id} with pictures.",
            input = new object[] { new { text = "Look at this first." }, new { image = "images/in.png" } },
        })));
        var alpha = folder.Write("data/outputs/alpha.jsonl", Lines(ids.Select(id => new
        {
            id,
            output = new object[] { new { text = $"Alpha answers {id}." }, new { image = "img/a.png" }, new { text = "Done." } },
        })));
        var beta = folder.Write("data/outputs/beta.jsonl", Lines(ids.Select(id => new
        {
            id,
            output = new object[] { new { text = id == "q1" ? HostileScript + " " + HostileImage : $"Beta answers {id}." }, new { image = "img/b.png" } },
        })));

        using (var store = SqliteRunStore.Open(RunFolder))
        {
            store.WriteConfig(new RunConfig(
                InterleavedEvalProtocol.Name, "openai:test-judge", InterleavedEvalPrompt.Id, InterleavedEvalPrompt.Hash, 0f, null, false, "auto", 1024,
                string.Empty, bench, ["alpha", "beta"], At, "0.1.0"));
            store.WriteSources(new RunSources(bench, "weft", [new SystemSource("alpha", alpha, "weft"), new SystemSource("beta", beta, "weft")]));
            store.SaveInstances(ids.Select((id, i) => new InstanceRow(id, id == "q2" ? "story" : "how-to", i)));
            store.SaveOutputs(ids.SelectMany(id => new[] { new OutputRow("alpha", id, true, null), new OutputRow("beta", id, true, null) }));
            foreach (var id in ids)
            {
                Judge(store, "alpha", id, 4);
                Judge(store, "beta", id, id == "q1" ? 1 : 3);
            }
        }

        var data = await HtmlReportData.LoadAsync(RunFolder);
        await using var writer = new StreamWriter(ReportPath, false, new UTF8Encoding(false));
        await HtmlReport.WriteAsync(data, writer);
    }

    private static void Judge(SqliteRunStore store, string system, string id, int score) =>
        store.SaveItem(
            new ItemRecord(system, id, ItemRecord.Judged, null, null, At),
            [.. Aspects.All.Select(a => new VerdictRecord(
                Aspects.Key(a), VerdictStatus.Scored, score, system == "beta" && id == "q1" ? "Says " + HostileImage : "Fine.", "rk", "StrictJson", "openai:test-judge", "p", "h"))]);

    private static string Lines<T>(IEnumerable<T> lines) => string.Join('\n', lines.Select(l => JsonSerializer.Serialize(l))) + "\n";

    public void Dispose() => folder.Dispose();
}
