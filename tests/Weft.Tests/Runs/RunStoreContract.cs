using Weft.Images;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;
using Weft.Testing;

namespace Weft.Tests.Runs;

/// <summary>Behaviour every run store must have; each store implementation runs this suite.</summary>
public abstract class RunStoreContract : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    protected abstract IRunStore Open(string runFolder);

    [Fact]
    public void ReadConfig_NewStore_IsNull()
    {
        using var store = Open(folder.Path);
        Assert.Null(store.ReadConfig());
    }

    [Fact]
    public void WriteConfig_ThenReopen_ReadsTheSameConfig()
    {
        var config = Some.Config() with { Systems = ["a", "b"] };
        using (var store = Open(folder.Path))
        {
            store.WriteConfig(config);
        }

        using var reopened = Open(folder.Path);
        var read = reopened.ReadConfig();
        Assert.NotNull(read);
        Assert.Equal(config.Systems, read.Systems);
        Assert.Equal(config with { Systems = read.Systems }, read);
    }

    [Fact]
    public void WriteSources_ThenReopen_ReadsTheSameSources()
    {
        var sources = new RunSources("/data/bench.jsonl", "weft", [new SystemSource("a", "/data/a.jsonl"), new SystemSource("b", "/data/b", "opening")]);
        using (var store = Open(folder.Path))
        {
            Assert.Null(store.ReadSources());
            store.WriteSources(sources);
        }

        using var reopened = Open(folder.Path);
        var read = reopened.ReadSources();
        Assert.NotNull(read);
        Assert.Equal(sources.Benchmark, read.Benchmark);
        Assert.Equal(sources.BenchmarkFormat, read.BenchmarkFormat);
        Assert.Equal(sources.Systems, read.Systems);
    }

    [Fact]
    public void SaveReply_ThenFind_ReturnsEveryField()
    {
        using var store = Open(folder.Path);
        var reply = new StoredReply("k1", "judge", "openai:gpt-4o", "p/v1", "abc", "{\"request\":1}", "{\"text_quality\":{}}", 120, 40, 830, 2, At);

        store.SaveReply(reply);

        Assert.Equal(reply, store.FindReply("k1"));
        Assert.Null(store.FindReply("k2"));
    }

    [Fact]
    public void FindReply_MissThenSaveThenFind_AndAfterReopening_FindsIt()
    {
        using (var store = Open(folder.Path))
        {
            Assert.Null(store.FindReply("late"));
            store.SaveReply(Some.Reply("late"));

            Assert.Equal("late", store.FindReply("late")?.Key);
        }

        using var reopened = Open(folder.Path);
        Assert.Equal("late", reopened.FindReply("late")?.Key);
        Assert.Null(reopened.FindReply("never"));
    }

    [Fact]
    public void ReadItems_OfKeys_OnlyTheFinishedItemsAmongThem()
    {
        using var store = Open(folder.Path);
        store.SaveItem(new ItemRecord("a", "i1", ItemRecord.Judged, null, null, At), [Some.Verdict("helpfulness", VerdictStatus.Scored, 4)]);
        store.SaveItem(new ItemRecord("b", "i1", ItemRecord.Failed, ErrorKinds.LegacyReply, "no score", At), []);
        store.SaveItem(new ItemRecord("a", "i2", ItemRecord.Judged, null, null, At), []);

        var items = store.ReadItems([("a", "i1"), ("b", "i1"), ("b", "i2"), ("c", "i1")]);

        Assert.Equal([("a", "i1"), ("b", "i1")], items.Keys.Order());
        Assert.Equal(store.ReadItems()[("b", "i1")], items[("b", "i1")]);
        Assert.Empty(store.ReadItems([]));
    }

    [Fact]
    public void ReadOutputs_OfKeys_OnlyTheRowsAmongThem()
    {
        using var store = Open(folder.Path);
        store.SaveOutputs([new OutputRow("a", "i1", true, "h1"), new OutputRow("b", "i1", false, null), new OutputRow("a", "i2", true, "h2")]);

        var rows = store.ReadOutputs([("a", "i1"), ("b", "i1"), ("a", "i3")]);

        Assert.Equal([new OutputRow("a", "i1", true, "h1"), new OutputRow("b", "i1", false, null)], rows);
    }

    [Fact]
    public void DeleteReplies_RemovesOnlyThoseKeys()
    {
        using var store = Open(folder.Path);
        store.SaveReply(Some.Reply("a"));
        store.SaveReply(Some.Reply("b"));

        store.DeleteReplies(["a"]);

        Assert.Null(store.FindReply("a"));
        Assert.NotNull(store.FindReply("b"));
    }

    [Fact]
    public void SaveItem_Twice_ReplacesVerdictsAndStatus()
    {
        using var store = Open(folder.Path);
        var item = new ItemRecord("sys", "i1", ItemRecord.Failed, ErrorKinds.Transport, "HTTP 500", At);
        store.SaveItem(item, [Some.Verdict("text_quality", VerdictStatus.Error, null), Some.Verdict("helpfulness", VerdictStatus.Error, null)]);

        store.SaveItem(item with { Status = ItemRecord.Judged, ErrorKind = null, Error = null }, [Some.Verdict("helpfulness", VerdictStatus.Scored, 4)]);

        var verdicts = store.ReadVerdicts()[("sys", "i1")];
        var only = Assert.Single(verdicts);
        Assert.Equal(("helpfulness", VerdictStatus.Scored, (int?)4), (only.Aspect, only.Status, only.Score));
        Assert.Equal(ItemRecord.Judged, store.ReadItems()[("sys", "i1")].Status);
    }

    [Fact]
    public void SaveItem_NotApplicable_KeepsNoScore()
    {
        using var store = Open(folder.Path);
        store.SaveItem(new ItemRecord("sys", "i1", ItemRecord.Judged, null, null, At), [Some.Verdict("image_coherence", VerdictStatus.NotApplicable, null)]);

        var verdict = Assert.Single(store.ReadVerdicts()[("sys", "i1")]);
        Assert.Equal(VerdictStatus.NotApplicable, verdict.Status);
        Assert.Null(verdict.Score);
    }

    [Fact]
    public void SaveItem_FromManyThreads_KeepsEveryItem()
    {
        using var store = Open(folder.Path);

        Parallel.For(0, 200, i => store.SaveItem(
            new ItemRecord("sys", $"i{i}", ItemRecord.Judged, null, null, At),
            [Some.Verdict("helpfulness", VerdictStatus.Scored, i % 6)]));

        Assert.Equal(200, store.ReadItems().Count);
        Assert.Equal(200, store.ReadVerdicts().Count);
    }

    [Fact]
    public void SaveMetrics_Twice_ReplacesValues()
    {
        using var store = Open(folder.Path);
        store.SaveMetrics("sys", "i1", [("text.words", 10), ("images.blank", 1)]);

        store.SaveMetrics("sys", "i1", [("text.words", 12)]);

        Assert.Equal([("sys", "i1", "text.words", 12.0)], store.ReadMetrics());
    }

    [Fact]
    public void SaveMetrics_ManyOutputs_ReplacesEachOutputsValuesAndKeepsOthers()
    {
        using var store = Open(folder.Path);
        store.SaveMetrics("sys", "i1", [("text.words", 10), ("images.blank", 1)]);
        store.SaveMetrics("sys", "i3", [("text.words", 7)]);

        store.SaveMetrics([("sys", "i1", [("text.words", 12)]), ("sys", "i2", [("text.words", 5), ("images.blank", 0)])]);

        Assert.Equal(
            [("sys", "i1", "text.words", 12.0), ("sys", "i2", "images.blank", 0.0), ("sys", "i2", "text.words", 5.0), ("sys", "i3", "text.words", 7.0)],
            store.ReadMetrics().Order());
    }

    [Fact]
    public void SaveMetrics_BatchThatFails_LeavesEarlierValues()
    {
        using var store = Open(folder.Path);
        store.SaveMetrics("sys", "i1", [("text.words", 10)]);

        IEnumerable<(string, string, IReadOnlyList<(string, double)>)> Batch()
        {
            yield return ("sys", "i1", [("text.words", 99)]);
            throw new InvalidOperationException("metric failed");
        }

        Assert.Throws<InvalidOperationException>(() => store.SaveMetrics(Batch()));
        Assert.Equal([("sys", "i1", "text.words", 10.0)], store.ReadMetrics());
    }

    [Fact]
    public void SaveInstancesAndOutputs_ReadBackInOrder()
    {
        using var store = Open(folder.Path);
        store.SaveInstances([new InstanceRow("b", "t2", 1), new InstanceRow("a", "t1", 0)]);
        store.SaveOutputs([new OutputRow("sys", "a", true, "h"), new OutputRow("sys", "b", false, null)]);

        Assert.Equal(["a", "b"], store.ReadInstances().Select(i => i.Id));
        Assert.Equal(2, store.ReadOutputs().Count);
        Assert.Contains(new OutputRow("sys", "b", false, null), store.ReadOutputs());
    }

    [Fact]
    public void ReadTotals_SumsRepliesRepairsTokensAndFaults()
    {
        using var store = Open(folder.Path);
        store.SaveReply(Some.Reply("a") with { InputTokens = 100, OutputTokens = 10 });
        store.SaveReply(Some.Reply("b") with { Purpose = "repair", InputTokens = 50, OutputTokens = null });
        store.SaveFault("a", 1, new Fault("rate-limited", true, TimeSpan.FromSeconds(1), "HTTP 429"), At);

        Assert.Equal(new StoreTotals(2, 1, 150, 10, 1), store.ReadTotals());
    }

    [Fact]
    public void ReplaceImageProblems_KeepsOnlyTheLastList()
    {
        using var store = Open(folder.Path);
        store.ReplaceImageProblems([new ImageProblem("x input", "a.png", "file not found", ImageLoadProblem.Missing), new ImageProblem("x input", "b.png", "file not found", ImageLoadProblem.Missing)]);

        store.ReplaceImageProblems([new ImageProblem("y output", "c.png", "cannot decode", ImageLoadProblem.Undecodable)]);

        Assert.Equal([new ImageProblem("y output", "c.png", "cannot decode", ImageLoadProblem.Undecodable)], store.ReadImageProblems());
    }

    [Fact]
    public void ReadRequestKeys_ListsTheKeysOfAnItemsVerdicts()
    {
        using var store = Open(folder.Path);
        store.SaveItem(
            new ItemRecord("sys", "i1", ItemRecord.Failed, ErrorKinds.LegacyReply, "x", At),
            [Some.Verdict("helpfulness", VerdictStatus.Error, null) with { RequestKey = "r2" }, Some.Verdict("text_quality", VerdictStatus.Scored, 3) with { RequestKey = "r1" }]);

        Assert.Equal(["r1", "r2"], store.ReadRequestKeys("sys", "i1").Order());
    }

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
