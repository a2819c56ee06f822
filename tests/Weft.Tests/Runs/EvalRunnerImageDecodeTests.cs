using System.Text;
using SkiaSharp;
using Weft.Benchmarks;
using Weft.Images;
using Weft.Protocols;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Runs;

/// <summary>
/// Images are checked by file and header before judging and decoded beside it: what the header check finds still stops
/// the run before any request, and an image that only the decode finds unusable ends its own output alone.
/// </summary>
public sealed class EvalRunnerImageDecodeTests : IDisposable
{
    private const int Instances = 5;
    private const int Corrupt = 2;

    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task RunAsync_ImageWithAGoodHeaderThatCannotBeDecoded_EndsOnlyItsOwnOutput()
    {
        await using var harness = await EvalHarness.StartAsync();
        var options = Write(harness.Options());
        var png = Weft.Tests.Images.TestImages.Scene(64, 48, seed: 7);
        data.Write($"out/{Corrupt}.png", png[..(png.Length / 2)]);

        var outcome = await harness.RunAsync(options);

        Assert.Equal((Instances, Instances - 1, 0, 0, 1), (outcome.Outputs, outcome.Judged, outcome.Errors, outcome.Pending, outcome.ImageProblems));
        Assert.Equal(Instances - 1, harness.Server.RequestCount);
        Assert.DoesNotContain(harness.Server.Requests, r => r.Body.GetRawText().Contains($"answer {Corrupt}", StringComparison.Ordinal));
        using (var store = SqliteRunStore.Open(harness.RunFolder))
        {
            var problem = Assert.Single(store.ReadImageProblems());
            Assert.Equal(($"s output for {Id(Corrupt)}", data.File($"out/{Corrupt}.png"), ImageLoadProblem.Undecodable), (problem.Owner, problem.Image, problem.Kind));
            Assert.Empty(store.ReadRequestKeys("s", Id(Corrupt)));
        }

        Assert.StartsWith($"s output for {Id(Corrupt)}\t{data.File($"out/{Corrupt}.png")}\tUndecodable\t", File.ReadAllText(Path.Combine(harness.RunFolder, "image-problems.txt")), StringComparison.Ordinal);
        Assert.Contains(harness.Observer.Lines, l => l.Contains("1 output was not judged", StringComparison.Ordinal));
        var results = harness.Results();
        Assert.DoesNotContain(results.Items.Single(i => i.InstanceId == Id(Corrupt)).Aspects, a => a.Status == VerdictStatus.Scored);
        Assert.All(results.Items.Where(i => i.InstanceId != Id(Corrupt)), i => Assert.Contains(i.Aspects, a => a.Status == VerdictStatus.Scored));

        // The offline metrics that waited for the decode are saved for every output, the unusable one included.
        double Metric(int n, string name) => results.Metrics.Single(m => m.InstanceId == Id(n) && m.Metric == name).Value;
        Assert.Equal((1, 0), (Metric(Corrupt, "images.undecodable"), Metric(Corrupt, "images.ok_fraction")));
        Assert.Equal((0, 1), (Metric(0, "images.undecodable"), Metric(0, "images.ok_fraction")));
    }

    [Fact]
    public async Task RunAsync_CorruptImageFixedAfterwards_TheNextRunJudgesItsOutput()
    {
        await using var harness = await EvalHarness.StartAsync();
        var options = Write(harness.Options());
        var png = Weft.Tests.Images.TestImages.Scene(64, 48, seed: 7);
        data.Write($"out/{Corrupt}.png", png[..(png.Length / 2)]);
        await harness.RunAsync(options);
        data.Write($"out/{Corrupt}.png", png);

        var again = await harness.RunAsync(options);

        Assert.Equal((Instances, 0, 0), (again.Judged, again.Pending, again.ImageProblems));
        Assert.Equal(Instances, harness.Server.RequestCount);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("not an image")]
    public async Task RunAsync_ImageTheHeaderCheckFinds_StopsTheRunBeforeAnyRequest(string problem)
    {
        await using var harness = await EvalHarness.StartAsync();
        var options = Write(harness.Options());
        if (problem == "missing")
        {
            File.Delete(data.File($"out/{Instances - 1}.png"));
        }
        else
        {
            data.Write($"out/{Instances - 1}.png", "not a picture"u8.ToArray());
        }

        var error = await Assert.ThrowsAsync<EvalSetupException>(() => harness.RunAsync(options));

        Assert.Contains("1 image cannot be used, so nothing was sent to the judge", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Server.RequestCount);
        Assert.Single(File.ReadAllLines(Path.Combine(harness.RunFolder, "image-problems.txt")));
    }

    [Fact]
    public async Task RunAsync_ImagesDecodedBesideJudging_RequestKeysAreThoseOfAFullCheckFirst()
    {
        await using var harness = await EvalHarness.StartAsync();
        var options = Write(harness.Options());
        await harness.RunAsync(options);

        // The keys as a run that decoded every image before judging built them: from the facts of a full check.
        var benchmark = await BenchmarkFormats.ReadBenchmarkAsync(options.Benchmark, null, CancellationToken.None);
        var outputs = await BenchmarkFormats.ReadOutputsAsync("s", options.Systems[0].Path, null, CancellationToken.None);
        var check = await new ImageValidator(new ImageLoader()).CheckAsync(RunScope.Images(benchmark.Instances, outputs), 2, CancellationToken.None);
        Assert.Empty(check.Problems);
        var index = new FactsIndex(check.Facts);
        var protocol = new InterleavedEvalProtocol(options.Settings, new ApplicabilityRules());
        using var store = SqliteRunStore.Open(harness.RunFolder);
        foreach (var output in outputs)
        {
            var unit = new JudgeUnit(benchmark.Instances.Single(i => i.Id == output.InstanceId), output);
            var expected = protocol.BuildRequests(unit, protocol.Decide(unit).Applicable, index).Select(r => r.Key).Order(StringComparer.Ordinal);
            Assert.Equal(expected, store.ReadRequestKeys("s", output.InstanceId).Order(StringComparer.Ordinal));
        }
    }

    // Every instance shows one shared input image; every output one image of its own and a line naming it.
    private EvalOptions Write(EvalOptions options)
    {
        data.Write("in/shared.png", TestImages.Png(24, 16, SKColors.Teal));
        var bench = new StringBuilder();
        var outputs = new StringBuilder();
        for (var n = 0; n < Instances; n++)
        {
            data.Write($"out/{n}.png", Weft.Tests.Images.TestImages.Scene(64, 48, seed: n));
            bench.AppendLine($$"""{"id": "{{Id(n)}}", "task": "t", "instruction": "Draw {{n}}.", "input": [{"image": "in/shared.png"}]}""");
            outputs.AppendLine($$"""{"id": "{{Id(n)}}", "output": [{"text": "answer {{n}}"}, {"image": "out/{{n}}.png"}]}""");
        }

        return options with
        {
            Benchmark = data.Write("bench.jsonl", bench.ToString()),
            Systems = [new SystemSource("s", data.Write("s.jsonl", outputs.ToString()))],
        };
    }

    private static string Id(int n) => $"x{n}";
}
