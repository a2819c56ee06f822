using System.Text;
using Weft.Analysis;
using Weft.Benchmarks;
using Weft.Protocols;
using Weft.Reports;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Runs;

/// <summary>The report's N/A, missing and error counts equal what the data and the judge's behaviour imply.</summary>
public sealed class ReportCountsTests
{
    [Fact]
    public async Task Report_ChartOutputsAlwaysRefused_CountsAreExact()
    {
        await using var harness = await EvalHarness.StartAsync();
        // Every conversation about a chart (the instruction says so) is refused, repair included: those outputs end in error.
        harness.Server.Responder = request => request.Body.ToString().Contains("bar chart", StringComparison.Ordinal)
            ? FakeBehavior.Reply("I can't help with charts.")
            : FakeBehavior.Default;

        await harness.RunAsync(harness.Options());
        var results = harness.Results();
        var report = ScoreAnalysis.Summarize(results.Run, results.Aspects, results.Items, results.Metrics);

        var expected = await ExpectedAsync();
        foreach (var system in report.Systems)
        {
            foreach (var stats in system.Aspects)
            {
                var cells = expected.Where(e => e.System == system.System).ToList();
                Assert.Equal(cells.Count(c => c.Applicable.Contains(stats.Aspect) && !c.Chart), stats.N);
                Assert.Equal(cells.Count(c => !c.Applicable.Contains(stats.Aspect)), stats.NotApplicable);
                Assert.Equal(cells.Count(c => c.Applicable.Contains(stats.Aspect) && c.Chart), stats.Errors);
            }

            Assert.Equal(system.System == "weak" ? 2 : 0, system.MissingOutputs);
            Assert.Equal(4, system.ErrorOutputs);
        }
    }

    [Fact]
    public async Task Report_EveryFormat_NeverShowsNotApplicableAsZeroOrNaN()
    {
        await using var harness = await EvalHarness.StartAsync();
        var options = harness.Options() with { Tasks = ["image-editing"] };

        await harness.RunAsync(options);
        var results = harness.Results();
        var report = ScoreAnalysis.Summarize(results.Run, results.Aspects, results.Items, results.Metrics);

        // Image-editing outputs never have their text aspects scored: those means are undefined, not 0.
        var textQuality = report.Systems.Select(s => s.Aspects.Single(a => a.Aspect == "text_quality")).ToList();
        Assert.All(textQuality, a => Assert.Equal((0, (double?)null), (a.N, a.Mean)));
        Assert.All(textQuality, a => Assert.True(a.NotApplicable > 0));

        var markdown = Render(w => MarkdownReport.Write(report, w));
        var csv = Render(w => CsvReport.Write(report, w));
        using var stream = new MemoryStream();
        JsonReport.Write(report, stream);
        var json = Encoding.UTF8.GetString(stream.ToArray());
        foreach (var text in new[] { markdown, csv, json })
        {
            Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        }

        Assert.Matches(@"\| strong\s+\| text_quality\s+\|\s+– \| –", markdown);
        Assert.Contains("system,strong,,text_quality,0,,,,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ApiKey_NeverWrittenToTheRunFolder()
    {
        await using var harness = await EvalHarness.StartAsync();
        const string Secret = "sk-test-SECRET-4242";

        await new EvalRunner(harness.Options() with { Limit = 3 }, new RecordingObserver(), name => name == "OPENAI_API_KEY" ? Secret : null)
            .RunAsync(CancellationToken.None);

        Assert.Equal("Bearer " + Secret, harness.Server.Requests[0].Headers["Authorization"]);
        foreach (var file in Directory.EnumerateFiles(harness.RunFolder, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Secret, Encoding.UTF8.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal);
        }
    }

    private static string Render(Action<TextWriter> write)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }

    private static async Task<List<(string System, HashSet<string> Applicable, bool Chart)>> ExpectedAsync()
    {
        var bench = await BenchmarkFormats.ReadBenchmarkAsync(EvalHarness.Samples("bench.jsonl"), null, CancellationToken.None);
        var byId = bench.Instances.ToDictionary(i => i.Id);
        var expected = new List<(string, HashSet<string>, bool)>();
        foreach (var system in new[] { "strong", "weak" })
        {
            foreach (var output in await BenchmarkFormats.ReadOutputsAsync(system, EvalHarness.Samples($"outputs/{system}.jsonl"), null, CancellationToken.None))
            {
                var instance = byId[output.InstanceId];
                var applicable = ApplicabilityRules.Default.Decide(instance.Task, output.Content).Applicable.Select(Aspects.Key).ToHashSet();
                expected.Add((system, applicable, instance.Instruction.Contains("bar chart", StringComparison.Ordinal)));
            }
        }

        return expected;
    }
}
