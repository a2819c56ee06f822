using Weft.Annotations;
using Weft.Arena;
using Weft.Protocols;
using Weft.Server.Annotations;

namespace Weft.Server.Tests.Annotations;

public sealed class AnnotationServiceTests : IAsyncLifetime, IDisposable
{
    private readonly TestRun run = new();
    private SqliteAnnotationStore store = null!;
    private RunCatalog catalog = null!;

    public async Task InitializeAsync()
    {
        catalog = await RunCatalog.LoadAsync(run.RunFolder, CancellationToken.None);
        store = await SqliteAnnotationStore.OpenAsync(run.RunFolder);
        await store.AddAnnotatorAsync("alice", DateTimeOffset.UnixEpoch);
        await store.AddAnnotatorAsync("bob", DateTimeOffset.UnixEpoch);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        store.Dispose();
        run.Dispose();
    }

    [Fact]
    public void ScoringQueue_EveryOutput_WithApplicableAspectsOnly()
    {
        var queue = Service().ScoringQueue("alice");

        Assert.Equal(6, queue.Count);
        Assert.All(queue, item => Assert.Equal(TestRun.Applicable, item.Aspects));
    }

    [Fact]
    public void ScoringQueue_TwoAnnotators_DifferentOrdersEachStable()
    {
        var alice = Service().ScoringQueue("alice");
        var bob = Service().ScoringQueue("bob");

        Assert.Equal(alice, Service().ScoringQueue("alice"));
        Assert.NotEqual(alice, bob);
        Assert.Equal(alice.OrderBy(i => i.InstanceId + i.System), bob.OrderBy(i => i.InstanceId + i.System));
    }

    [Fact]
    public async Task SaveScores_Valid_ProgressAdvancesAndResumesAtNextOpenItem()
    {
        var service = Service();
        var first = service.ScoringQueue("alice")[0];

        await service.SaveScoresAsync("alice", first.InstanceId, first.System, Scores(2, 3, null, 0), " fine ", CancellationToken.None);

        Assert.Equal(new Progress(1, 6, 1), await service.ProgressOfAsync("alice", CancellationToken.None));
        Assert.Equal(2, (await service.RatingsOfAsync("alice", first, CancellationToken.None))["text_quality"]);
        Assert.Null((await service.RatingsOfAsync("alice", first, CancellationToken.None))["text_image_coherence"]);
        Assert.Equal("fine", await service.CommentOfAsync("alice", first, CancellationToken.None));
    }

    [Fact]
    public async Task SaveScores_OneAnnotator_OtherSeesNothing()
    {
        var service = Service();
        var item = service.ScoringQueue("alice")[0];

        await service.SaveScoresAsync("alice", item.InstanceId, item.System, Scores(1, 1, 1, 1), null, CancellationToken.None);

        Assert.Empty(await service.RatingsOfAsync("bob", item, CancellationToken.None));
        Assert.Equal(0, (await service.ProgressOfAsync("bob", CancellationToken.None)).Done);
    }

    [Theory]
    [InlineData("image_coherence", 1.0, "does not apply")]
    [InlineData("text_quality", 4.0, "not an integer on the scale 0-3")]
    [InlineData("text_quality", 1.5, "not an integer on the scale 0-3")]
    [InlineData("text_quality", -1.0, "not an integer on the scale 0-3")]
    public async Task SaveScores_BadAspectOrScore_Throws(string aspect, double score, string message)
    {
        var service = Service();
        var item = service.ScoringQueue("alice")[0];
        var scores = Scores(1, 1, 1, 1);
        scores[aspect] = score;

        var error = await Assert.ThrowsAsync<AnnotationException>(() => service.SaveScoresAsync("alice", item.InstanceId, item.System, scores, null, CancellationToken.None));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await service.ProgressOfAsync("alice", CancellationToken.None)).Done);
    }

    [Fact]
    public async Task SaveScores_MissingAspect_Throws()
    {
        var service = Service();
        var item = service.ScoringQueue("alice")[0];
        var scores = Scores(1, 1, 1, 1);
        scores.Remove("helpfulness");

        var error = await Assert.ThrowsAsync<AnnotationException>(() => service.SaveScoresAsync("alice", item.InstanceId, item.System, scores, null, CancellationToken.None));

        Assert.Contains("'helpfulness' has no score", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveScores_ItemNotInQueue_Throws()
    {
        var error = await Assert.ThrowsAsync<AnnotationException>(() => Service().SaveScoresAsync("alice", "s1", "nobody", Scores(1, 1, 1, 1), null, CancellationToken.None));

        Assert.Contains("not in your queue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveScores_InPairwiseMode_Throws()
    {
        await Assert.ThrowsAsync<AnnotationException>(() => Service(AnnotationMode.Pairwise).SaveScoresAsync("alice", "s1", "good", Scores(1, 1, 1, 1), null, CancellationToken.None));
    }

    [Fact]
    public async Task SaveVerdict_Valid_RecordsTheShownOrderTheServerDrew()
    {
        var service = Service(AnnotationMode.Pairwise);
        var battle = service.PairwiseQueue("alice")[0];

        await service.SaveVerdictAsync("alice", battle.InstanceId, battle.SystemA, battle.SystemB, "Tie(A)", null, CancellationToken.None);

        var saved = Assert.Single(await store.ReadVerdictsAsync("alice"));
        Assert.Equal(new PairwiseVerdict(battle.InstanceId, battle.SystemA, battle.SystemB, PairwiseWinner.TieA, "annotator:alice", battle.Shown), saved);
        Assert.Equal(1, (await service.ProgressOfAsync("alice", CancellationToken.None)).Done);
    }

    [Fact]
    public async Task SaveVerdict_SystemsSwapped_StoresFlippedWinnerInQueueOrder()
    {
        var service = Service(AnnotationMode.Pairwise);
        var battle = service.PairwiseQueue("alice")[0];

        await service.SaveVerdictAsync("alice", battle.InstanceId, battle.SystemB, battle.SystemA, "A", null, CancellationToken.None);

        var saved = Assert.Single(await store.ReadVerdictsAsync("alice"));
        Assert.Equal((battle.SystemA, PairwiseWinner.B), (saved.SystemA, saved.Winner));
    }

    [Theory]
    [InlineData("Tie")]
    [InlineData("C")]
    [InlineData("")]
    public async Task SaveVerdict_InvalidWinner_Throws(string winner)
    {
        var service = Service(AnnotationMode.Pairwise);
        var battle = service.PairwiseQueue("alice")[0];

        await Assert.ThrowsAsync<AnnotationException>(() => service.SaveVerdictAsync("alice", battle.InstanceId, battle.SystemA, battle.SystemB, winner, null, CancellationToken.None));
        Assert.Empty(await store.ReadVerdictsAsync());
    }

    [Fact]
    public void PairwiseQueue_ManyBattles_BothShownOrdersDrawn()
    {
        var pairs = Enumerable.Range(0, 40).Select(n => ("i" + n, "a", "b")).ToList();

        var shown = AnnotationQueues.Pairwise(pairs, "alice").Select(b => b.Shown).Distinct().Count();

        Assert.Equal(2, shown);
    }

    [Fact]
    public async Task PairwiseQueue_BattlesFile_OnlyItsBattlesInTheRunsSpellingSkippingRepeats()
    {
        var path = Path.Combine(run.RunFolder, "battles.jsonl");
        await File.WriteAllLinesAsync(path, [
            """{"instance":"s3","system_a":"EVIL","system_b":"good"}""",
            "",
            """{"instance":"s1","system_a":"good","system_b":"evil"}""",
            """{"instance":"s3","system_a":"good","system_b":"evil"}""",
        ]);
        var chosen = await RunCatalog.LoadAsync(run.RunFolder, CancellationToken.None, path);

        var queue = new AnnotationService(chosen, store, AnnotationMode.Pairwise, RatingScale.Default, TimeProvider.System).PairwiseQueue("alice");

        Assert.Equal(["s1", "s3"], queue.Select(b => b.InstanceId).Order(StringComparer.Ordinal));
        Assert.All(queue, b => Assert.Equal(("evil", "good"), (b.SystemA, b.SystemB)));
        Assert.Equal(1, chosen.SkippedBattles);
    }

    [Fact]
    public async Task LoadAsync_BattlesFileWithUnknownInstanceAndSystem_NamesFileLineAndField()
    {
        var path = Path.Combine(run.RunFolder, "battles.jsonl");
        await File.WriteAllLinesAsync(path, [
            """{"instance":"s1","system_a":"good","system_b":"evil"}""",
            """{"instance":"nope","system_a":"good","system_b":"nobody"}""",
        ]);

        var error = await Assert.ThrowsAsync<Weft.Benchmarks.DataFormatException>(() => RunCatalog.LoadAsync(run.RunFolder, CancellationToken.None, path));

        Assert.Contains(error.Errors, e => e.Line == 2 && e.Field == "instance" && e.Problem.Contains("'nope'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 2 && e.Field == "system_b" && e.Problem.Contains("'nobody'", StringComparison.Ordinal));
        Assert.Equal(2, error.Errors.Count);
    }

    private AnnotationService Service(AnnotationMode mode = AnnotationMode.Scoring) =>
        new(catalog, store, mode, RatingScale.Default, TimeProvider.System);

    private static Dictionary<string, double?> Scores(double? tq, double? pq, double? tic, double? help) => new()
    {
        ["text_quality"] = tq,
        ["perceptual_quality"] = pq,
        ["text_image_coherence"] = tic,
        ["helpfulness"] = help,
    };
}
