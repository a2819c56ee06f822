using System.Text.Json;
using Weft.Benchmarks;
using Weft.Generation;
using Weft.Testing;
using Weft.Tests.Runs;
using static Weft.Tests.Generation.GenerationHarness;

namespace Weft.Tests.Generation;

public sealed class GenerationRunnerTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task RunAsync_FixedPlan_WritesOutputsReadableAsWeftOutputs()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = r => r.IsImageRequest ? FakeBehavior.Default : FakeBehavior.Reply(TwoImagePlan);
        var dir = folder.File("gen");

        var outcome = await new GenerationRunner(Pipeline(server, dir, limit: 3), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(3, outcome.Generated);
        Assert.Empty(outcome.Failures);
        Assert.Equal(6, server.ImageRequestCount);
        Assert.Equal(3, server.ChatRequestCount);
        Assert.Equal(6, outcome.ImagesDrawn["64x64 standard"]);
        var outputs = await BenchmarkFormats.ReadOutputsAsync("fake", outcome.OutputFile!, "weft", CancellationToken.None);
        Assert.Equal(3, outputs.Count);
        var first = Lines(outcome.OutputFile!)[0];
        Assert.Contains("\"image\":\"images/fake/how-to-01-1.png\"", first, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "images", "fake", "how-to-01-2.png")));
        Assert.Equal(6, Lines(outcome.StepsFile!).Length);
    }

    [Fact]
    public async Task RunAsync_CancelledHalfwayThenRerun_DrawsOnlyTheMissingImagesAndNeverLeavesHalfAFile()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        using var cancel = new CancellationTokenSource();
        var images = 0;
        server.Responder = r =>
        {
            if (!r.IsImageRequest)
            {
                return FakeBehavior.Reply(TwoImagePlan);
            }

            if (Interlocked.Increment(ref images) == 9)
            {
                cancel.Cancel();
                return FakeBehavior.Hang(TimeSpan.FromSeconds(30));
            }

            return FakeBehavior.Default;
        };
        var dir = folder.File("gen");
        var options = Pipeline(server, dir) with { Scheduler = Scheduler(2, concurrency: 2) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new GenerationRunner(options, new RecordingObserver(), Keys).RunAsync(cancel.Token));

        Assert.False(File.Exists(GenerationRunner.OutputsPath(dir, "fake")));
        var saved = Directory.GetFiles(Path.Combine(dir, "images", "fake"));
        Assert.DoesNotContain(saved, f => f.EndsWith(".partial", StringComparison.Ordinal));
        var before = saved.ToDictionary(f => f, File.ReadAllBytes);
        Assert.InRange(before.Count, 1, 31);

        server.Reset();
        server.Responder = r => r.IsImageRequest ? FakeBehavior.Default : FakeBehavior.Reply(TwoImagePlan);
        var outcome = await new GenerationRunner(options, new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(16, outcome.Generated);
        Assert.Equal(32 - before.Count, server.ImageRequestCount);
        Assert.Equal(before.Count, outcome.ImageCacheHits);
        Assert.All(before, pair => Assert.Equal(pair.Value, File.ReadAllBytes(pair.Key)));
        Assert.Equal(16, Lines(outcome.OutputFile!).Length);
    }

    [Fact]
    public async Task RunAsync_SavedImageChangedOnDisk_DrawsItAgain()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = r => r.IsImageRequest ? FakeBehavior.Default : FakeBehavior.Reply(TwoImagePlan);
        var dir = folder.File("gen");
        var options = Pipeline(server, dir, limit: 1);
        await new GenerationRunner(options, new RecordingObserver(), Keys).RunAsync(CancellationToken.None);
        await File.WriteAllBytesAsync(Path.Combine(dir, "images", "fake", "how-to-01-1.png"), TestImages.Png(8, 8, SkiaSharp.SKColors.Black));
        server.Reset();

        var outcome = await new GenerationRunner(options, new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(1, server.ImageRequestCount);
        Assert.Equal(0, server.ChatRequestCount);
        Assert.Equal(1, outcome.ImageCacheHits);
    }

    [Fact]
    public async Task RunAsync_PlanBreaksSchemaOnce_RepairsIt()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Enqueue(FakeBehavior.Reply("Here is my plan: first some text, then a picture."), FakeBehavior.Reply("```json\n" + TwoImagePlan + "\n```"));

        var outcome = await new GenerationRunner(Pipeline(server, folder.File("gen"), limit: 1), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(1, outcome.Generated);
        Assert.Equal(2, server.ChatRequestCount);
        Assert.Equal(2, server.ImageRequestCount);
        var repair = server.Requests.Where(r => !r.IsImageRequest).ElementAt(1).Body.GetProperty("messages");
        Assert.Equal(4, repair.GetArrayLength());
        Assert.Contains("cannot be used", repair[3].GetProperty("content").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PlanBreaksSchemaTwice_RecordsAnErrorAndWritesNoOutput()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = r => r.IsImageRequest ? FakeBehavior.Default : FakeBehavior.Reply("""{"blocks": [{"type": "video", "content": "a clip"}]}""");
        var dir = folder.File("gen");

        var outcome = await new GenerationRunner(Pipeline(server, dir, limit: 2), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(0, outcome.Generated);
        Assert.Equal(2, outcome.Failures.Count);
        Assert.Contains("unknown type \"video\"", outcome.Failures[0].Error, StringComparison.Ordinal);
        Assert.Contains("after the repair request", outcome.Failures[0].Error, StringComparison.Ordinal);
        Assert.Equal(4, server.ChatRequestCount);
        Assert.Equal(0, server.ImageRequestCount);
        Assert.False(File.Exists(GenerationRunner.OutputsPath(dir, "fake")));
        Assert.True(outcome.ErrorRateExceeded);
    }

    [Theory]
    [InlineData("429")]
    [InlineData("500")]
    [InlineData("truncated")]
    [InlineData("non-json")]
    public async Task RunAsync_ImageRequestsFailOnce_RetriesThem(string kind)
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var fault = kind switch
        {
            "429" => FakeBehavior.RateLimited(TimeSpan.Zero),
            "500" => FakeBehavior.ServerError(500),
            "truncated" => FakeBehavior.TruncatedBody(),
            _ => FakeBehavior.NonJson(),
        };
        server.Responder = r => !r.IsImageRequest ? FakeBehavior.Reply(TwoImagePlan) : r.Attempt == 1 ? fault : FakeBehavior.Default;

        var outcome = await new GenerationRunner(Pipeline(server, folder.File("gen"), limit: 1), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(1, outcome.Generated);
        Assert.Equal(2, outcome.Retries);
        Assert.Equal(4, server.ImageRequestCount);
    }

    [Fact]
    public async Task RunAsync_ImageRequestsAlwaysFail_RecordsTheInstanceAsFailed()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = r => r.IsImageRequest ? FakeBehavior.ServerError(500) : FakeBehavior.Reply(TwoImagePlan);

        var outcome = await new GenerationRunner(Pipeline(server, folder.File("gen"), limit: 1, retries: 1), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        var failure = Assert.Single(outcome.Failures);
        Assert.Contains("an image request failed: HTTP 500", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RefineCheckAlwaysFails_RedrawsUpToTheLimitWithTheProblemInThePrompt()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = r => r.IsImageRequest ? FakeBehavior.Default
            : IsCheck(r) ? FakeBehavior.Reply("""{"ok": false, "problem": "the lantern is missing"}""")
            : FakeBehavior.Reply(TwoImagePlan);

        var outcome = await new GenerationRunner(Pipeline(server, folder.File("gen"), limit: 1, refine: 2), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(1, outcome.Generated);
        Assert.Equal(6, server.ImageRequestCount);
        // The two redraws of a picture share a prompt, so the fake server draws them alike and their checks are one request.
        Assert.Equal(6, outcome.Checks.Sent + outcome.Checks.CacheHits);
        Assert.Equal(4, outcome.Redraws);
        var redrawn = server.Requests.Where(r => r.IsImageRequest).Select(ImagePrompt).Where(p => p.Contains("the lantern is missing", StringComparison.Ordinal));
        Assert.Equal(4, redrawn.Count());
        var steps = Lines(outcome.StepsFile!).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, steps.Count);
        Assert.All(steps, s => Assert.False(s.GetProperty("ok").GetBoolean()));
        Assert.Contains("\"image\":\"images/fake/how-to-01-1-r2.png\"", Lines(outcome.OutputFile!)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RefineFirstRedrawPasses_StopsThere()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var checkedBefore = new HashSet<string>(StringComparer.Ordinal);
        server.Responder = r =>
        {
            if (r.IsImageRequest || !IsCheck(r))
            {
                return r.IsImageRequest ? FakeBehavior.Default : FakeBehavior.Reply(TwoImagePlan);
            }

            // The check's text names the picture's slot (prompt and neighbours); only its image changes between drawings.
            var text = r.Body.GetProperty("messages")[1].GetProperty("content")[0].GetProperty("text").GetString()!;
            lock (checkedBefore)
            {
                return FakeBehavior.Reply(checkedBefore.Add(text) ? """{"ok": false, "problem": "the lantern is missing"}""" : """{"ok": true, "problem": ""}""");
            }
        };

        var outcome = await new GenerationRunner(Pipeline(server, folder.File("gen"), limit: 1, refine: 3), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(1, outcome.Generated);
        Assert.Equal(2, outcome.Redraws);
        Assert.Equal(4, server.ImageRequestCount);
        Assert.Contains("\"image\":\"images/fake/how-to-01-1-r1.png\"", Lines(outcome.OutputFile!)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RerunOnASubset_KeepsTheOtherInstancesLines()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = r => r.IsImageRequest ? FakeBehavior.Default : FakeBehavior.Reply(TwoImagePlan);
        var dir = folder.File("gen");
        await new GenerationRunner(Pipeline(server, dir, limit: 3), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);
        server.Reset();

        var outcome = await new GenerationRunner(Pipeline(server, dir, limit: 1), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(0, server.RequestCount);
        var ids = Lines(outcome.OutputFile!).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["how-to-01", "how-to-02", "how-to-03"], ids);
        Assert.Equal(6, Lines(outcome.StepsFile!).Length);
    }

    [Fact]
    public async Task RunAsync_SameFolderWithAnotherPlannerOrPictureSize_RefusedBeforeAnyRequest()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = r => r.IsImageRequest ? FakeBehavior.Default : FakeBehavior.Reply(TwoImagePlan);
        var dir = folder.File("gen");
        var first = Pipeline(server, dir, limit: 2);
        await new GenerationRunner(first, new RecordingObserver(), Keys).RunAsync(CancellationToken.None);
        server.Reset();

        var planner = await Assert.ThrowsAsync<Weft.Runs.EvalSetupException>(() =>
            new GenerationRunner(first with { Planner = new("openai", "other-planner") }, new RecordingObserver(), Keys).RunAsync(CancellationToken.None));
        var size = await Assert.ThrowsAsync<Weft.Runs.EvalSetupException>(() =>
            new GenerationRunner(first with { Images = first.Images! with { Size = "128x128" } }, new RecordingObserver(), Keys).RunAsync(CancellationToken.None));

        Assert.Contains("planner: openai:planner → openai:other-planner", planner.Message, StringComparison.Ordinal);
        Assert.Contains("image size: 64x64 → 128x128", size.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
        Assert.Equal(2, Lines(GenerationRunner.OutputsPath(dir, "fake")).Length);
    }

    [Fact]
    public async Task RunAsync_SameSettingsWithOtherConcurrencyAndLimit_Resumes()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = r => r.IsImageRequest ? FakeBehavior.Default : FakeBehavior.Reply(TwoImagePlan);
        var dir = folder.File("gen");
        await new GenerationRunner(Pipeline(server, dir, limit: 2), new RecordingObserver(), Keys).RunAsync(CancellationToken.None);
        server.Reset();

        var outcome = await new GenerationRunner(
            Pipeline(server, dir, limit: 3) with { Scheduler = Scheduler(5, concurrency: 1) }, new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(3, outcome.Generated);
        Assert.Equal(1, server.ChatRequestCount);
    }

    [Fact]
    public async Task RunAsync_DryRun_CountsAndSendsNothing()
    {
        await using var server = await FakeJudgeServer.StartAsync();

        var outcome = await new GenerationRunner(Pipeline(server, folder.File("gen"), limit: 5) with { DryRun = true }, new RecordingObserver(), Keys).RunAsync(CancellationToken.None);

        Assert.Equal(5, outcome.DryRunRequests);
        Assert.Equal(0, server.RequestCount);
    }

    public void Dispose() => folder.Dispose();
}
