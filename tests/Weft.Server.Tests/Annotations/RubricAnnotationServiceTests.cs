using Weft.Annotations;
using Weft.Server.Annotations;

namespace Weft.Server.Tests.Annotations;

public sealed class RubricAnnotationServiceTests : IAsyncLifetime, IDisposable
{
    private readonly TestRun run = new(rubric: TestRun.StoryRubric);
    private SqliteAnnotationStore store = null!;
    private AnnotationService service = null!;

    public async Task InitializeAsync()
    {
        var catalog = await RunCatalog.LoadAsync(run.RunFolder, CancellationToken.None);
        store = await SqliteAnnotationStore.OpenAsync(run.RunFolder);
        await store.AddAnnotatorAsync("alice", DateTimeOffset.UnixEpoch);
        service = new AnnotationService(catalog, store, AnnotationMode.Scoring, RatingScale.Default, TimeProvider.System);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        store.Dispose();
        run.Dispose();
    }

    [Fact]
    public void ScoringQueue_RubricRun_OnlyTheCriteriaThatApply()
    {
        Assert.All(service.ScoringQueue("alice"), item => Assert.Equal(["clarity", "has_ending"], item.Aspects));
    }

    [Theory]
    [InlineData(0.0, 1.0, "aspect 'clarity': score 0 is not one of its answers (1 to 5).")]
    [InlineData(4.0, 2.0, "aspect 'has_ending': score 2 is not one of its answers (1 for yes, 0 for no).")]
    public async Task SaveScores_OffTheCriterionsOwnScale_Refused(double clarity, double hasEnding, string message)
    {
        var item = service.ScoringQueue("alice")[0];

        var error = await Assert.ThrowsAsync<AnnotationException>(() => service.SaveScoresAsync(
            "alice", item.InstanceId, item.System, new Dictionary<string, double?> { ["clarity"] = clarity, ["has_ending"] = hasEnding }, null, CancellationToken.None));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task SaveScores_RubricRun_ScoreAboveTheServerScaleAccepted()
    {
        var item = service.ScoringQueue("alice")[0];

        await service.SaveScoresAsync("alice", item.InstanceId, item.System, new Dictionary<string, double?> { ["clarity"] = 5, ["has_ending"] = null }, null, CancellationToken.None);

        Assert.Equal(new Dictionary<string, int?> { ["clarity"] = 5, ["has_ending"] = null }, await service.RatingsOfAsync("alice", item, CancellationToken.None));
    }
}
