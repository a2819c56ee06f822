using Weft.Annotations;
using Weft.Arena;
using Weft.Protocols;
using Weft.Testing;

namespace Weft.Tests.Annotations;

/// <summary>Behaviour every annotation store must have; each store implementation runs this suite.</summary>
public abstract class AnnotationStoreContract : IDisposable
{
    private static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;
    private readonly TempFolder folder = new();

    /// <summary>The run folder the suite opens the store of.</summary>
    protected string RunFolder => folder.Path;

    protected abstract Task<IAnnotationStore> OpenAsync(string runFolder);

    [Fact]
    public async Task AddAnnotator_Token_AuthenticatesAsThatAnnotator()
    {
        using var store = await OpenAsync(RunFolder);

        var token = await store.AddAnnotatorAsync("alice", At);

        Assert.Equal(43, token.Length);
        Assert.Equal("alice", await store.AuthenticateAsync(token));
    }

    [Fact]
    public async Task Authenticate_WrongOrRevokedToken_Null()
    {
        using var store = await OpenAsync(RunFolder);
        var alice = await store.AddAnnotatorAsync("alice", At);
        var bob = await store.AddAnnotatorAsync("bob", At);

        Assert.True(await store.RevokeAsync("Alice", At));

        Assert.Null(await store.AuthenticateAsync(alice));
        Assert.Null(await store.AuthenticateAsync(alice[..^1] + (alice[^1] == 'A' ? 'B' : 'A')));
        Assert.Equal("bob", await store.AuthenticateAsync(bob));
        Assert.NotNull(Assert.Single(await store.ListAnnotatorsAsync(), a => a.Name == "alice").Revoked);
    }

    [Fact]
    public async Task AddAnnotator_RevokedName_NewTokenWorksOldRefusedRatingsKept()
    {
        using var store = await OpenAsync(RunFolder);
        var old = await store.AddAnnotatorAsync("alice", At);
        await store.SaveRatingsAsync("alice", "s1", "good", [("text_quality", 3)], "before", At);
        await store.RevokeAsync("alice", At);

        var renewed = await store.AddAnnotatorAsync("Alice", At.AddDays(1));

        Assert.NotEqual(old, renewed);
        Assert.Equal("alice", await store.AuthenticateAsync(renewed));
        Assert.Null(await store.AuthenticateAsync(old));
        var rating = Assert.Single(await store.ReadRatingsAsync("alice"));
        Assert.Equal(3, rating.Score);
        Assert.Equal("before", rating.Comment);
        var annotator = Assert.Single(await store.ListAnnotatorsAsync());
        Assert.Equal((At.AddDays(1), (DateTimeOffset?)null), (annotator.Created, annotator.Revoked));
    }

    [Fact]
    public async Task Revoke_UnknownName_False()
    {
        using var store = await OpenAsync(RunFolder);

        Assert.False(await store.RevokeAsync("nobody", At));
    }

    [Fact]
    public async Task Revoke_AlreadyRevoked_TrueAndKeepsTheFirstTime()
    {
        using var store = await OpenAsync(RunFolder);
        await store.AddAnnotatorAsync("alice", At);
        await store.RevokeAsync("alice", At.AddHours(1));

        Assert.True(await store.RevokeAsync("alice", At.AddHours(2)));
        Assert.Equal(At.AddHours(1), Assert.Single(await store.ListAnnotatorsAsync()).Revoked);
    }

    [Theory]
    [InlineData("ALICE")]
    [InlineData("")]
    [InlineData(" padded ")]
    [InlineData("tab\there")]
    public async Task AddAnnotator_TakenOrInvalidName_Throws(string name)
    {
        using var store = await OpenAsync(RunFolder);
        await store.AddAnnotatorAsync("alice", At);

        await Assert.ThrowsAsync<AnnotationException>(() => store.AddAnnotatorAsync(name, At));
    }

    [Fact]
    public async Task SaveRatings_SameOutputAgain_ReplacesItsRatingsOnly()
    {
        using var store = await OpenAsync(RunFolder);
        await store.AddAnnotatorAsync("alice", At);
        await store.SaveRatingsAsync("alice", "s1", "good", [("text_quality", 1), ("helpfulness", 2)], "first", At);
        await store.SaveRatingsAsync("alice", "s2", "good", [("text_quality", 0)], null, At);

        await store.SaveRatingsAsync("alice", "s1", "good", [("text_quality", 3), ("helpfulness", null)], "second", At);

        var ratings = await store.ReadRatingsAsync("alice");
        Assert.Equal(
            [("s2", "text_quality", (double?)0, (string?)null), ("s1", "text_quality", 3, "second"), ("s1", "helpfulness", null, "second")],
            ratings.Select(r => (r.InstanceId, r.Aspect, r.Score, r.Comment)));
    }

    [Fact]
    public async Task ReadRatings_Everyone_ByNameWithTheStoredSpellingAsRater()
    {
        using var store = await OpenAsync(RunFolder);
        await store.AddAnnotatorAsync("Bob", At);
        await store.AddAnnotatorAsync("alice", At);
        await store.SaveRatingsAsync("bob", "s1", "good", [("text_quality", 2)], null, At);
        await store.SaveRatingsAsync("alice", "s1", "good", [("text_quality", 1)], null, At);

        var ratings = await store.ReadRatingsAsync();

        Assert.Equal(["alice", "Bob"], ratings.Select(r => r.Rater));
        Assert.Single(await store.ReadRatingsAsync("BOB"));
    }

    [Fact]
    public async Task SaveVerdict_SameBattleAgain_ReplacesItWithSourceAndShownOrder()
    {
        using var store = await OpenAsync(RunFolder);
        await store.AddAnnotatorAsync("alice", At);
        await store.SaveVerdictAsync("alice", new PairwiseVerdict("s1", "evil", "good", PairwiseWinner.A, "ignored", ShownOrder.AB), At);

        await store.SaveVerdictAsync("alice", new PairwiseVerdict("s1", "evil", "good", PairwiseWinner.TieB, "ignored", ShownOrder.BA, "close"), At);

        Assert.Equal(
            new PairwiseVerdict("s1", "evil", "good", PairwiseWinner.TieB, "annotator:alice", ShownOrder.BA, "close"),
            Assert.Single(await store.ReadVerdictsAsync()));
        Assert.Empty(await store.ReadVerdictsAsync("bob"));
    }

    [Fact]
    public async Task Reopen_KeepsAnnotatorsRatingsAndVerdicts()
    {
        string token;
        using (var store = await OpenAsync(RunFolder))
        {
            token = await store.AddAnnotatorAsync("alice", At);
            await store.SaveRatingsAsync("alice", "s1", "good", [("text_quality", 2)], null, At);
            await store.SaveVerdictAsync("alice", new PairwiseVerdict("s1", "evil", "good", PairwiseWinner.B, "annotator:alice", null), At);
        }

        using var reopened = await OpenAsync(RunFolder);

        Assert.Equal("alice", await reopened.AuthenticateAsync(token));
        Assert.Equal(2, Assert.Single(await reopened.ReadRatingsAsync()).Score);
        Assert.Null(Assert.Single(await reopened.ReadVerdictsAsync()).Shown);
    }

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
