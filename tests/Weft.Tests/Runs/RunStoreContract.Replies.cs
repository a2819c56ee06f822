using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Tests.Runs;

/// <content>The request cache: replies, faults and their totals.</content>
public abstract partial class RunStoreContract
{
    [Fact]
    public void SaveReply_ThenFind_ReturnsEveryField()
    {
        using var store = CreateStore();
        var reply = new StoredReply("k1", "judge", "openai:gpt-4o", "p/v1", "abc", "{\"request\":1}", "{\"text_quality\":{}}", 120, 40, 830, 2, At);

        store.SaveReply(reply);

        Assert.Equal(reply, store.FindReply("k1"));
        Assert.Null(store.FindReply("k2"));
    }

    [Fact]
    public void SaveReply_WithoutOptionalFields_FindsThemNull()
    {
        using var store = CreateStore();
        var reply = new StoredReply("k1", "repair", "ollama:llava", null, null, "{}", "reply", null, null, 5, 1, At);

        store.SaveReply(reply);

        Assert.Equal(reply, store.FindReply("k1"));
    }

    [Fact]
    public void SaveReply_SameKeyAgain_KeepsTheLast()
    {
        using var store = CreateStore();
        store.SaveReply(Some.Reply("k1"));

        store.SaveReply(Some.Reply("k1") with { Reply = "second", Attempts = 3 });

        Assert.Equal(("second", 3), (store.FindReply("k1")?.Reply, store.FindReply("k1")?.Attempts));
        Assert.Equal(1, store.ReadTotals().Replies);
    }

    [Fact]
    public void FindReply_MissThenSaveThenFind_AndAfterReopening_FindsIt()
    {
        using (var store = CreateStore())
        {
            Assert.Null(store.FindReply("late"));
            store.SaveReply(Some.Reply("late"));

            Assert.Equal("late", store.FindReply("late")?.Key);
        }

        using var reopened = Reopen();
        Assert.Equal("late", reopened.FindReply("late")?.Key);
        Assert.Null(reopened.FindReply("never"));
    }

    [Fact]
    public void HoldsReplies_FollowsSavesAndDeletes()
    {
        using var store = CreateStore();
        Assert.False(store.HoldsReplies());

        store.SaveReply(Some.Reply("a"));
        Assert.True(store.HoldsReplies());

        store.DeleteReplies(["a"]);
        Assert.False(store.HoldsReplies());
    }

    [Fact]
    public void DeleteReplies_RemovesOnlyThoseKeys_AlsoAfterReopening()
    {
        using (var store = CreateStore())
        {
            store.SaveReply(Some.Reply("a"));
            store.SaveReply(Some.Reply("b"));
            store.SaveReply(Some.Reply("c"));

            store.DeleteReplies(["a", "c", "never-stored"]);

            Assert.Null(store.FindReply("a"));
            Assert.NotNull(store.FindReply("b"));
        }

        using var reopened = Reopen();
        Assert.Null(reopened.FindReply("a"));
        Assert.Null(reopened.FindReply("c"));
        Assert.NotNull(reopened.FindReply("b"));
    }

    [Fact]
    public void SaveReply_FromManyThreads_KeepsAndFindsEveryReply()
    {
        const int Count = 400;
        using (var store = CreateStore())
        {
            Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                Assert.Null(store.FindReply($"k{i}"));
                store.SaveReply(Some.Reply($"k{i}") with { InputTokens = i });
                Assert.Equal(i, store.FindReply($"k{i}")?.InputTokens);
                if (i % 10 == 0)
                {
                    store.SaveFault($"k{i}", 1, new Fault("timeout", true, null, "timed out"), At);
                }
            });

            Assert.Equal(new StoreTotals(Count, 0, Count * (Count - 1) / 2, 5L * Count, Count / 10), store.ReadTotals());
        }

        using var reopened = Reopen();
        Assert.All(Enumerable.Range(0, Count), i => Assert.Equal(i, reopened.FindReply($"k{i}")?.InputTokens));
    }

    [Fact]
    public void ReadTotals_NewStore_AllZero()
    {
        using var store = CreateStore();

        Assert.Equal(new StoreTotals(0, 0, 0, 0, 0), store.ReadTotals());
    }

    [Fact]
    public void ReadTotals_SumsRepliesRepairsTokensAndFaults()
    {
        using var store = CreateStore();
        store.SaveReply(Some.Reply("a") with { InputTokens = 100, OutputTokens = 10 });
        store.SaveReply(Some.Reply("b") with { Purpose = "repair", InputTokens = 50, OutputTokens = null });
        store.SaveFault("a", 1, new Fault("rate-limited", true, TimeSpan.FromSeconds(1), "HTTP 429"), At);
        store.SaveFault("a", 2, new Fault("server-error", true, null, "HTTP 500"), At);

        Assert.Equal(new StoreTotals(2, 1, 150, 10, 2), store.ReadTotals());
    }
}
