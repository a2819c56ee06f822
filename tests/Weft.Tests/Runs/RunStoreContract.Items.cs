using Weft.Protocols;
using Weft.Runs;

namespace Weft.Tests.Runs;

/// <content>Instances, outputs, items and their verdicts.</content>
public abstract partial class RunStoreContract
{
    [Fact]
    public void SaveInstancesAndOutputs_ReadBackInBenchmarkOrder()
    {
        using var store = CreateStore();
        store.SaveInstances([new InstanceRow("b", "t2", 1), new InstanceRow("a", "t1", 0)]);
        store.SaveOutputs([new OutputRow("sys", "a", true, "h"), new OutputRow("sys", "b", false, null)]);

        Assert.Equal(["a", "b"], store.ReadInstances().Select(i => i.Id));
        Assert.Equal(2, store.ReadOutputs().Count);
        Assert.Contains(new OutputRow("sys", "b", false, null), store.ReadOutputs());
    }

    [Fact]
    public void SaveInstancesAndOutputs_Again_UpdateRowsInPlace()
    {
        using var store = CreateStore();
        store.SaveInstances([new InstanceRow("a", "t1", 0), new InstanceRow("b", "t1", 1)]);
        store.SaveOutputs([new OutputRow("sys", "a", false, null)]);

        store.SaveInstances([new InstanceRow("a", "t9", 2)]);
        store.SaveOutputs([new OutputRow("sys", "a", true, "h2")]);

        Assert.Equal([new InstanceRow("b", "t1", 1), new InstanceRow("a", "t9", 2)], store.ReadInstances());
        Assert.Equal([new OutputRow("sys", "a", true, "h2")], store.ReadOutputs());
    }

    [Fact]
    public void ReadOutputs_OfKeys_OnlyTheRowsAmongThem()
    {
        using var store = CreateStore();
        store.SaveOutputs([new OutputRow("a", "i1", true, "h1"), new OutputRow("b", "i1", false, null), new OutputRow("a", "i2", true, "h2")]);

        var rows = store.ReadOutputs([("a", "i1"), ("b", "i1"), ("a", "i3")]);

        Assert.Equal([new OutputRow("a", "i1", true, "h1"), new OutputRow("b", "i1", false, null)], rows.OrderBy(r => r.System));
        Assert.Empty(store.ReadOutputs([]));
    }

    [Fact]
    public void ReadItemsAndOutputs_OfAChunkOfThousands_FindEachStoredOne()
    {
        using var store = CreateStore();
        var stored = Enumerable.Range(0, 1500).Select(i => ("sys", $"i{i}")).ToList();
        store.SaveOutputs(stored.Select(k => new OutputRow(k.Item1, k.Item2, true, "h" + k.Item2)));
        foreach (var (system, id) in stored)
        {
            store.SaveItem(new ItemRecord(system, id, ItemRecord.Judged, null, null, At), []);
        }

        var asked = stored.Concat(Enumerable.Range(0, 1000).Select(i => ("other", $"i{i}"))).ToList();

        Assert.Equal(stored.Order(), store.ReadItems(asked).Keys.Order());
        Assert.Equal(stored.Order(), store.ReadOutputs(asked).Select(o => (o.System, o.InstanceId)).Order());
        Assert.All(store.ReadOutputs(asked), o => Assert.Equal("h" + o.InstanceId, o.ContentHash));
    }

    [Fact]
    public void ReadItems_OfKeys_OnlyTheFinishedItemsAmongThem()
    {
        using var store = CreateStore();
        store.SaveItem(new ItemRecord("a", "i1", ItemRecord.Judged, null, null, At), [Some.Verdict("helpfulness", VerdictStatus.Scored, 4)]);
        store.SaveItem(new ItemRecord("b", "i1", ItemRecord.Failed, ErrorKinds.LegacyReply, "no score", At), []);
        store.SaveItem(new ItemRecord("a", "i2", ItemRecord.Judged, null, null, At), []);

        var items = store.ReadItems([("a", "i1"), ("b", "i1"), ("b", "i2"), ("c", "i1")]);

        Assert.Equal([("a", "i1"), ("b", "i1")], items.Keys.Order());
        Assert.Equal(new ItemRecord("b", "i1", ItemRecord.Failed, ErrorKinds.LegacyReply, "no score", At), items[("b", "i1")]);
        Assert.Equal(store.ReadItems()[("b", "i1")], items[("b", "i1")]);
        Assert.Empty(store.ReadItems([]));
    }

    [Fact]
    public void SaveItem_Twice_ReplacesVerdictsAndStatus()
    {
        using var store = CreateStore();
        var item = new ItemRecord("sys", "i1", ItemRecord.Failed, ErrorKinds.Transport, "HTTP 500", At);
        store.SaveItem(item, [Some.Verdict("text_quality", VerdictStatus.Error, null), Some.Verdict("helpfulness", VerdictStatus.Error, null)]);

        store.SaveItem(item with { Status = ItemRecord.Judged, ErrorKind = null, Error = null }, [Some.Verdict("helpfulness", VerdictStatus.Scored, 4)]);

        var only = Assert.Single(store.ReadVerdicts()[("sys", "i1")]);
        Assert.Equal(("helpfulness", VerdictStatus.Scored, (int?)4), (only.Aspect, only.Status, only.Score));
        Assert.Equal(item with { Status = ItemRecord.Judged, ErrorKind = null, Error = null }, store.ReadItems()[("sys", "i1")]);
    }

    [Fact]
    public void SaveItem_ThatFailsHalfWay_KeepsTheEarlierItemAndVerdicts()
    {
        using var store = CreateStore();
        var item = new ItemRecord("sys", "i1", ItemRecord.Judged, null, null, At);
        store.SaveItem(item, [Some.Verdict("helpfulness", VerdictStatus.Scored, 4)]);

        Assert.ThrowsAny<Exception>(() => store.SaveItem(
            item with { Status = ItemRecord.Failed, ErrorKind = ErrorKinds.LegacyReply, Error = "x" },
            new FailingList<VerdictRecord>(Some.Verdict("text_quality", VerdictStatus.Error, null))));

        Assert.Equal(item, store.ReadItems()[("sys", "i1")]);
        Assert.Equal([Some.Verdict("helpfulness", VerdictStatus.Scored, 4)], store.ReadVerdicts()[("sys", "i1")]);
    }

    [Fact]
    public void ReadVerdicts_OfSomeKeys_TheSameRecordsAsTheWholeReadAndNothingForAbsentKeys()
    {
        using var store = CreateStore();
        var scored = new VerdictRecord("text_quality", VerdictStatus.Scored, 5, "clear", "r1", "StrictJson", "ollama:llava", "p/v2", "h2");
        var error = new VerdictRecord("helpfulness", VerdictStatus.Error, null, "no valid score", "r2", "None", "ollama:llava", "p/v2", "h2");
        store.SaveItem(new ItemRecord("a", "i1", ItemRecord.Failed, ErrorKinds.Transport, "x", At), [scored, error]);
        store.SaveItem(new ItemRecord("b", "i1", ItemRecord.Judged, null, null, At), [scored]);

        var some = store.ReadVerdicts([("a", "i1"), ("a", "missing")]);

        Assert.Equal([("a", "i1")], some.Keys);
        Assert.Equal(store.ReadVerdicts()[("a", "i1")].OrderBy(v => v.Aspect, StringComparer.Ordinal), some[("a", "i1")].OrderBy(v => v.Aspect, StringComparer.Ordinal));
    }

    [Fact]
    public void SaveItem_KeepsEveryVerdictField_AndNullsOfNotApplicable()
    {
        using var store = CreateStore();
        var scored = new VerdictRecord("text_quality", VerdictStatus.Scored, 5, "clear", "r1", "Repaired", "ollama:llava", "p/v2", "h2");
        var na = new VerdictRecord("image_coherence", VerdictStatus.NotApplicable, null, null, null, null, null, null, null);
        store.SaveItem(new ItemRecord("sys", "i1", ItemRecord.Judged, null, null, At), [scored, na]);

        Assert.Equal([na, scored], store.ReadVerdicts()[("sys", "i1")].OrderBy(v => v.Aspect, StringComparer.Ordinal));
    }

    [Fact]
    public void ReadVerdictScores_AgreesWithReadVerdicts()
    {
        using var store = CreateStore();
        store.SaveItem(
            new ItemRecord("a", "i1", ItemRecord.Failed, ErrorKinds.LegacyReply, "x", At),
            [Some.Verdict("text_quality", VerdictStatus.Scored, 3), Some.Verdict("helpfulness", VerdictStatus.Error, null), Some.Verdict("image_coherence", VerdictStatus.NotApplicable, null)]);
        store.SaveItem(new ItemRecord("b", "i1", ItemRecord.Judged, null, null, At), [Some.Verdict("helpfulness", VerdictStatus.Scored, 0)]);
        store.SaveItem(new ItemRecord("b", "i2", ItemRecord.Judged, null, null, At), []);

        var scores = store.ReadVerdictScores();

        Assert.Equal([("a", "i1"), ("b", "i1")], scores.Keys.Order());
        Assert.Equal(
            [new AspectResult("helpfulness", VerdictStatus.Error, null), new AspectResult("image_coherence", VerdictStatus.NotApplicable, null), new AspectResult("text_quality", VerdictStatus.Scored, 3)],
            scores[("a", "i1")].OrderBy(s => s.Aspect, StringComparer.Ordinal));
        Assert.Equal([new AspectResult("helpfulness", VerdictStatus.Scored, 0)], scores[("b", "i1")]);
    }

    [Fact]
    public void SaveItem_FromManyThreads_KeepsEveryItem()
    {
        using var store = CreateStore();

        Parallel.For(0, 200, i => store.SaveItem(
            new ItemRecord("sys", $"i{i}", ItemRecord.Judged, null, null, At),
            [Some.Verdict("helpfulness", VerdictStatus.Scored, i % 6)]));

        Assert.Equal(200, store.ReadItems().Count);
        Assert.Equal(200, store.ReadVerdicts().Count);
    }

    [Fact]
    public void ReadRequestKeys_ListsEachKeyOfAnItemsVerdictsOnce()
    {
        using var store = CreateStore();
        store.SaveItem(
            new ItemRecord("sys", "i1", ItemRecord.Failed, ErrorKinds.LegacyReply, "x", At),
            [
                Some.Verdict("helpfulness", VerdictStatus.Error, null) with { RequestKey = "r2" },
                Some.Verdict("text_quality", VerdictStatus.Scored, 3) with { RequestKey = "r1" },
                Some.Verdict("perceptual_quality", VerdictStatus.Scored, 2) with { RequestKey = "r1" },
                Some.Verdict("image_coherence", VerdictStatus.NotApplicable, null) with { RequestKey = null },
            ]);
        store.SaveItem(new ItemRecord("sys", "i2", ItemRecord.Judged, null, null, At), [Some.Verdict("helpfulness", VerdictStatus.Scored, 1) with { RequestKey = "r3" }]);

        Assert.Equal(["r1", "r2"], store.ReadRequestKeys("sys", "i1").Order());
        Assert.Empty(store.ReadRequestKeys("sys", "i9"));
    }
}
