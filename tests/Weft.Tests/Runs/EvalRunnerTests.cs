using Weft.Benchmarks;
using Weft.Protocols;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Runs;

public sealed class EvalRunnerTests
{
    private const int Outputs = 30;

    [Fact]
    public async Task RunAsync_SampleWithFakeJudge_JudgesEveryPresentOutputOnce()
    {
        await using var harness = await EvalHarness.StartAsync();

        var outcome = await harness.RunAsync(harness.Options());

        Assert.Equal((16, Outputs, 2, Outputs, 0, 0), (outcome.Instances, outcome.Outputs, outcome.MissingOutputs, outcome.Judged, outcome.Errors, outcome.Pending));
        Assert.Equal(Outputs, harness.Server.RequestCount);
        Assert.Equal(Outputs, outcome.Sent);
        Assert.False(outcome.ErrorRateExceeded);
    }

    [Fact]
    public async Task RunAsync_SampleWithFakeJudge_NotApplicableAspectsAreNeverScored()
    {
        await using var harness = await EvalHarness.StartAsync();
        await harness.RunAsync(harness.Options());

        var expected = await ExpectedNotApplicableAsync();
        var results = harness.Results();

        foreach (var item in results.Items.Where(i => !i.OutputMissing))
        {
            var na = item.Aspects.Where(a => a.Status == VerdictStatus.NotApplicable).Select(a => a.Aspect).ToHashSet();
            Assert.Equal(expected[(item.System, item.InstanceId)], na);
            Assert.All(item.Aspects.Where(a => a.Status != VerdictStatus.Scored), a => Assert.Null(a.Score));
            Assert.All(item.Aspects.Where(a => a.Status == VerdictStatus.Scored), a => Assert.InRange(a.Score!.Value, 0, 5));
        }

        Assert.Equal(2, results.Items.Count(i => i.OutputMissing));
    }

    [Fact]
    public async Task RunAsync_SecondRun_SendsNothingAndReportsTheSame()
    {
        await using var harness = await EvalHarness.StartAsync();
        await harness.RunAsync(harness.Options());
        var before = harness.Results();

        var outcome = await harness.RunAsync(harness.Options());

        Assert.Equal(Outputs, harness.Server.RequestCount);
        Assert.Equal(0, outcome.Sent);
        Assert.Equal(Outputs, outcome.Judged);
        Assert.Equal(Flatten(before), Flatten(harness.Results()));
    }

    public static TheoryData<string> Faults() => ["rate-limited", "server-error", "truncated", "non-json", "empty", "hang"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task RunAsync_FaultOnFirstAttemptOfEveryRequest_EveryItemStillScored(string fault)
    {
        await using var harness = await EvalHarness.StartAsync();
        harness.Server.Responder = FakeResponders.FailFirstAttempts(Fault(fault));
        var options = harness.Options();
        if (fault == "hang")
        {
            // Long enough that a normal reply never times out on a loaded machine, short next to the 10 s hang.
            options = options with { Scheduler = options.Scheduler with { RequestTimeout = TimeSpan.FromSeconds(2) } };
        }

        var outcome = await harness.RunAsync(options);

        Assert.Equal((Outputs, 0), (outcome.Judged, outcome.Errors));
        Assert.Equal(2 * Outputs, harness.Server.RequestCount);
        Assert.Equal(Outputs, harness.Results().Totals.Faults);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task RunAsync_FaultOnEveryAttempt_EveryItemRecordedAsErrorThenRetriedNextRun(string fault)
    {
        await using var harness = await EvalHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(Fault(fault));
        var options = harness.Options(retries: 1);
        options = options with { Scheduler = options.Scheduler with { RequestTimeout = TimeSpan.FromMilliseconds(300) } };

        var failed = await harness.RunAsync(options);

        Assert.Equal((0, Outputs, 0), (failed.Judged, failed.Errors, failed.Pending));
        Assert.True(failed.ErrorRateExceeded);
        var items = harness.Results().Items.Where(i => !i.OutputMissing).ToList();
        Assert.Equal(Outputs, items.Count);
        Assert.All(items, i => Assert.DoesNotContain(i.Aspects, a => a.Status == VerdictStatus.Scored || a.Score is not null));

        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Default);
        var healed = await harness.RunAsync(harness.Options());

        Assert.Equal((Outputs, 0), (healed.Judged, healed.Errors));
    }

    [Fact]
    public async Task RunAsync_OutOfRangeScores_OneRepairThenRecordedErrorWithRawReply()
    {
        await using var harness = await EvalHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply("""{"text_quality": {"explanation": "fine", "score": 7}, "perceptual_quality": {"explanation": "ok", "score": 9}, "image_coherence": {"explanation": "ok", "score": 9}, "text_image_coherence": {"explanation": "ok", "score": 9}, "helpfulness": {"explanation": "ok", "score": 6}}"""));

        var outcome = await harness.RunAsync(harness.Options());

        Assert.Equal((0, Outputs), (outcome.Judged, outcome.Errors));
        Assert.Equal(2 * Outputs, harness.Server.RequestCount);
        Assert.Equal(new(2 * Outputs, Outputs, 2 * 120 * Outputs, 2 * 60 * Outputs, 0), harness.Results().Totals);

        using var store = SqliteRunStore.Open(harness.RunFolder);
        var verdicts = store.ReadVerdicts().Values.SelectMany(v => v).Where(v => v.Status == VerdictStatus.Error).ToList();
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.Contains("outside 0", v.Explanation, StringComparison.Ordinal));
        Assert.All(verdicts, v => Assert.Contains("\"score\": 7", store.FindReply(v.RequestKey!)!.Reply, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ReplyErrors_AreFinalUntilRetryErrors()
    {
        await using var harness = await EvalHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Reply("I'm sorry, but I can't help with that."));
        await harness.RunAsync(harness.Options());
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.Default);

        var again = await harness.RunAsync(harness.Options());
        Assert.Equal((0, Outputs, 0L), (again.Judged, again.Errors, again.Sent));

        var retried = await harness.RunAsync(harness.Options() with { RetryErrors = true });
        Assert.Equal((Outputs, 0), (retried.Judged, retried.Errors));
    }

    [Fact]
    public async Task RunAsync_RefusalThenGoodRepair_Scored()
    {
        await using var harness = await EvalHarness.StartAsync();
        var refused = new HashSet<string>();
        harness.Server.Responder = request =>
        {
            lock (refused)
            {
                // First sight of each conversation refuses; the repair conversation is new and gets a valid reply.
                return refused.Add(request.RequestKey) && !request.Body.ToString().Contains("could not be used", StringComparison.Ordinal)
                    ? FakeBehavior.Reply("I cannot evaluate images.")
                    : FakeBehavior.Default;
            }
        };

        var outcome = await harness.RunAsync(harness.Options());

        Assert.Equal((Outputs, 0), (outcome.Judged, outcome.Errors));
        Assert.Equal(2 * Outputs, harness.Server.RequestCount);
        Assert.Equal(Outputs, harness.Results().Totals.RepairReplies);
    }

    [Fact]
    public async Task RunAsync_DryRun_CountsRequestsAndTokensWithoutSending()
    {
        await using var harness = await EvalHarness.StartAsync();

        var outcome = await harness.RunAsync(harness.Options() with { DryRun = true });

        Assert.Equal(0, harness.Server.RequestCount);
        Assert.NotNull(outcome.Estimate);
        Assert.Equal((Outputs, Outputs, 0), (outcome.Estimate.Items, outcome.Estimate.Requests, outcome.Estimate.CachedRequests));
        Assert.True(outcome.Estimate.TextTokens > 1000);
        Assert.True(outcome.Estimate.ImageTokens > 0);
        Assert.Equal(Outputs, outcome.Pending);
    }

    [Fact]
    public async Task RunAsync_PerAspect_OneRequestPerApplicableAspect()
    {
        await using var harness = await EvalHarness.StartAsync();
        var options = harness.Options();

        var outcome = await harness.RunAsync(options with { Settings = options.Settings with { PerAspect = true } });

        var applicable = (await ExpectedNotApplicableAsync()).Values.Sum(na => Aspects.All.Count - na.Count);
        Assert.Equal(Outputs, outcome.Judged);
        Assert.Equal(applicable, harness.Server.RequestCount);
    }

    [Fact]
    public async Task RunAsync_FolderOfAnotherJudge_RefusesToResume()
    {
        await using var harness = await EvalHarness.StartAsync();
        await harness.RunAsync(harness.Options() with { Limit = 1 });

        var error = await Assert.ThrowsAsync<EvalSetupException>(() => harness.RunAsync(harness.Options("openai:other-model") with { Limit = 1 }));

        Assert.Contains("judge: the run has 'openai:fake-judge', this command asks for 'openai:other-model'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LimitAndTask_SelectTheFirstInstancesOfTheTask()
    {
        await using var harness = await EvalHarness.StartAsync();

        var outcome = await harness.RunAsync(harness.Options() with { Tasks = ["CHART-REPORT"], Limit = 3 });

        Assert.Equal((3, 6), (outcome.Instances, outcome.Outputs));
        Assert.All(harness.Results().Items, i => Assert.Equal("chart-report", i.Task));
    }

    [Fact]
    public async Task RunAsync_UnknownTask_ListsTheKnownOnes()
    {
        await using var harness = await EvalHarness.StartAsync();

        var error = await Assert.ThrowsAsync<EvalSetupException>(() => harness.RunAsync(harness.Options() with { Tasks = ["charts"] }));

        Assert.Contains("'charts'", error.Message, StringComparison.Ordinal);
        Assert.Contains("chart-report", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnauthorizedJudge_StopsWithConfigurationError()
    {
        await using var harness = await EvalHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.ServerError(401));

        await Assert.ThrowsAsync<Weft.Judges.JudgeConfigurationException>(() => harness.RunAsync(harness.Options()));
    }

    [Fact]
    public async Task RunAsync_OutputChangedSinceLastRun_JudgedAgainAlone()
    {
        await using var harness = await EvalHarness.StartAsync();
        using var copy = new TempFolder();
        var strong = copy.Write("strong.jsonl", File.ReadAllText(EvalHarness.Samples("outputs/strong.jsonl")));
        foreach (var image in Directory.EnumerateFiles(EvalHarness.Samples("outputs/strong")))
        {
            copy.Write("strong/" + Path.GetFileName(image), File.ReadAllBytes(image));
        }

        var options = harness.Options() with { Systems = [new SystemSource("strong", strong)] };
        await harness.RunAsync(options);
        var lines = File.ReadAllLines(strong);
        lines[0] = lines[0].Replace("First, pick", "To start, pick", StringComparison.Ordinal);
        File.WriteAllLines(strong, lines);

        var outcome = await harness.RunAsync(options);

        Assert.Equal(17, harness.Server.RequestCount);
        Assert.Equal((1L, 16), (outcome.Sent, outcome.Judged));
        Assert.Contains(harness.Observer.Warnings, w => w.Contains(": 1 output (or its instance or images) changed since this run last saw it; it will be judged again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_MissingImage_NothingSentUnlessAllowedThenTheJudgeIsTold()
    {
        await using var harness = await EvalHarness.StartAsync();
        using var data = new TempFolder();
        data.Write("a.png", TestImages.Png(32, 32, SkiaSharp.SKColors.Red));
        var bench = data.Write("bench.jsonl", """{"id": "x", "task": "t", "instruction": "Draw two pictures.", "input": [{"image": "gone.png"}]}""" + "\n");
        var outputs = data.Write("out.jsonl", """{"id": "x", "output": [{"text": "Here."}, {"image": "a.png"}, {"image": "also-gone.png"}]}""" + "\n");
        var options = harness.Options() with { Benchmark = bench, Systems = [new SystemSource("s", outputs)] };

        var refused = await Assert.ThrowsAsync<EvalSetupException>(() => harness.RunAsync(options));

        Assert.Contains("2 images cannot be used", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Server.RequestCount);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(harness.RunFolder, "image-problems.txt")).Length);

        var outcome = await harness.RunAsync(options with { AllowMissingImages = true });

        Assert.Equal(1, outcome.Judged);
        var body = Assert.Single(harness.Server.Requests).Body.ToString();
        Assert.Contains("[Input image 1: the file could not be loaded, so it is not shown]", body, StringComparison.Ordinal);
        Assert.Contains("[Output image 2: the file could not be loaded, so it is not shown]", body, StringComparison.Ordinal);
        Assert.Contains("[Output image 1]", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ImageMetricsWithBadReferenceImages_CheckedAndCountedLikeOutputImages()
    {
        await using var harness = await EvalHarness.StartAsync();
        using var data = new TempFolder();
        data.Write("a.png", TestImages.Png(32, 32, SkiaSharp.SKColors.Red));
        data.Write("broken.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        var bench = data.Write("bench.jsonl", """{"id": "x", "task": "t", "instruction": "Draw.", "reference": [{"image": "gone.png"}, {"image": "broken.png"}, {"image": "a.png"}]}""" + "\n");
        var outputs = data.Write("out.jsonl", """{"id": "x", "output": [{"image": "a.png"}, {"image": "a.png"}, {"image": "a.png"}]}""" + "\n");
        var options = harness.Options("none") with
        {
            Benchmark = bench,
            Systems = [new SystemSource("s", outputs)],
            ReferenceMetrics = [Weft.Metrics.Reference.ReferenceMetric.Ssim],
        };

        var outcome = await harness.RunAsync(options);

        Assert.Equal(2, outcome.ImageProblems);
        Assert.Equal(
            [$"instance x reference\t{data.File("broken.png")}\tUnknownFormat", $"instance x reference\t{data.File("gone.png")}\tMissing"],
            File.ReadAllLines(Path.Combine(harness.RunFolder, "image-problems.txt")).Select(l => string.Join('\t', l.Split('\t')[..3])).Order(StringComparer.Ordinal));
        Assert.Contains($"warning: 1 image missing ({data.File("gone.png")})", harness.Observer.Lines);
        Assert.Contains(harness.Observer.Lines, l => l.Contains("2 unusable image pairs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_NoImageMetrics_ReferenceImagesAreNotRead()
    {
        await using var harness = await EvalHarness.StartAsync();
        using var data = new TempFolder();
        var bench = data.Write("bench.jsonl", """{"id": "x", "task": "t", "instruction": "Draw.", "reference": [{"text": "A cat."}, {"image": "gone.png"}]}""" + "\n");
        var outputs = data.Write("out.jsonl", """{"id": "x", "output": [{"text": "A cat."}]}""" + "\n");
        var options = harness.Options("none") with
        {
            Benchmark = bench,
            Systems = [new SystemSource("s", outputs)],
            ReferenceMetrics = [Weft.Metrics.Reference.ReferenceMetric.Bleu],
        };

        var outcome = await harness.RunAsync(options);

        Assert.Equal(0, outcome.ImageProblems);
    }

    [Fact]
    public async Task RunAsync_JudgeRejectsEveryRequest_StopsInsteadOfRecordingABenchmarkOfErrors()
    {
        await using var harness = await EvalHarness.StartAsync();
        harness.Server.Responder = FakeResponders.Always(FakeBehavior.ServerError(404));

        var error = await Assert.ThrowsAsync<Weft.Judges.JudgeConfigurationException>(() => harness.RunAsync(harness.Options()));

        Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
        Assert.True(harness.Server.RequestCount < Outputs);
    }

    internal static FakeBehavior Fault(string name) => name switch
    {
        "rate-limited" => FakeBehavior.RateLimited(TimeSpan.FromSeconds(1)),
        "server-error" => FakeBehavior.ServerError(503),
        "truncated" => FakeBehavior.TruncatedBody(),
        "non-json" => FakeBehavior.NonJson(),
        "empty" => FakeBehavior.EmptyChoices(),
        "hang" => FakeBehavior.Hang(TimeSpan.FromSeconds(10)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static List<string> Flatten(RunResults results) =>
        [.. results.Items.SelectMany(i => i.Aspects.Select(a => $"{i.System}/{i.InstanceId}/{a.Aspect}/{a.Status}/{a.Score}").DefaultIfEmpty($"{i.System}/{i.InstanceId}/missing={i.OutputMissing}"))];

    private static async Task<Dictionary<(string, string), HashSet<string>>> ExpectedNotApplicableAsync()
    {
        var bench = await BenchmarkFormats.ReadBenchmarkAsync(EvalHarness.Samples("bench.jsonl"), null, CancellationToken.None);
        var tasks = bench.Instances.ToDictionary(i => i.Id, i => i.Task);
        var expected = new Dictionary<(string, string), HashSet<string>>();
        foreach (var system in new[] { "strong", "weak" })
        {
            foreach (var output in await BenchmarkFormats.ReadOutputsAsync(system, EvalHarness.Samples($"outputs/{system}.jsonl"), null, CancellationToken.None))
            {
                expected[(system, output.InstanceId)] = ApplicabilityRules.Default.Decide(tasks[output.InstanceId], output.Content)
                    .NotApplicable.Select(v => Aspects.Key(v.Aspect)).ToHashSet();
            }
        }

        return expected;
    }
}
