using Weft.Images;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Tests.Runs;

/// <summary>
/// Behaviour every run store must have, exercised through <see cref="IRunStore"/> alone: each store implementation
/// derives from this suite and says how to make a store and open it again.
/// </summary>
public abstract partial class RunStoreContract
{
    protected static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty store; the test disposes it.</summary>
    protected abstract IRunStore CreateStore();

    /// <summary>A new instance over the store <see cref="CreateStore"/> made last, as the next process would open it.</summary>
    protected abstract IRunStore Reopen();

    [Fact]
    public void Location_IsNamedAndStaysTheSameWhenReopened()
    {
        string location;
        using (var store = CreateStore())
        {
            location = store.Location;
            Assert.False(string.IsNullOrWhiteSpace(location));
        }

        using var reopened = Reopen();
        Assert.Equal(location, reopened.Location);
    }

    [Fact]
    public void ReadConfigAndSources_NewStore_AreNull()
    {
        using var store = CreateStore();

        Assert.Null(store.ReadConfig());
        Assert.Null(store.ReadSources());
    }

    [Fact]
    public void WriteConfig_Twice_KeepsTheLast()
    {
        using var store = CreateStore();
        store.WriteConfig(Some.Config());

        store.WriteConfig(Some.Config() with { Systems = ["a", "b"], Judge = "ollama:llava" });

        var read = store.ReadConfig();
        Assert.NotNull(read);
        Assert.Equal(["a", "b"], read.Systems);
        Assert.Equal("ollama:llava", read.Judge);
    }

    [Fact]
    public void Reopen_KeepsEverythingWritten()
    {
        var config = Some.Config() with { Systems = ["a", "b"], MaxOutputTokens = 800, TaskRules = "edit*: text_quality" };
        var sources = new RunSources("/data/bench.jsonl", "weft", [new SystemSource("a", "/data/a.jsonl"), new SystemSource("b", "/data/b", "opening")]);
        var reply = new StoredReply("k1", "judge", "openai:gpt-4o", "p/v1", "abc", "{\"request\":1}", "{\"text_quality\":{}}", 120, 40, 830, 2, At);
        var item = new ItemRecord("a", "i1", ItemRecord.Judged, null, null, At);
        VerdictRecord[] verdicts = [Some.Verdict("helpfulness", VerdictStatus.Scored, 4), Some.Verdict("image_coherence", VerdictStatus.NotApplicable, null)];
        var problem = new ImageProblem("i1 input", "a.png", "file not found", ImageLoadProblem.Missing);
        using (var store = CreateStore())
        {
            store.WriteConfig(config);
            store.WriteSources(sources);
            store.SaveInstances([new InstanceRow("i1", "t1", 0), new InstanceRow("i2", "t2", 1)]);
            store.SaveOutputs([new OutputRow("a", "i1", true, "h1"), new OutputRow("b", "i1", false, null)]);
            store.SaveReply(reply);
            store.SaveFault("k1", 1, new Fault("rate-limited", true, TimeSpan.FromSeconds(1), "HTTP 429"), At);
            store.SaveItem(item, verdicts);
            store.SaveMetrics("a", "i1", [("text.words", 12.5)]);
            store.ReplaceImageProblems([problem]);
        }

        using var reopened = Reopen();
        var readConfig = reopened.ReadConfig();
        Assert.NotNull(readConfig);
        Assert.Equal(config.Systems, readConfig.Systems);
        Assert.Equal(config with { Systems = readConfig.Systems }, readConfig);
        var readSources = reopened.ReadSources();
        Assert.NotNull(readSources);
        Assert.Equal((sources.Benchmark, sources.BenchmarkFormat), (readSources.Benchmark, readSources.BenchmarkFormat));
        Assert.Equal(sources.Systems, readSources.Systems);
        Assert.Equal([new InstanceRow("i1", "t1", 0), new InstanceRow("i2", "t2", 1)], reopened.ReadInstances());
        Assert.Equal([new OutputRow("a", "i1", true, "h1"), new OutputRow("b", "i1", false, null)], reopened.ReadOutputs().OrderBy(o => o.System));
        Assert.Equal(reply, reopened.FindReply("k1"));
        Assert.True(reopened.HoldsReplies());
        Assert.Equal(new StoreTotals(1, 0, 120, 40, 1), reopened.ReadTotals());
        Assert.Equal(item, Assert.Single(reopened.ReadItems()).Value);
        Assert.Equal(verdicts, reopened.ReadVerdicts()[("a", "i1")].OrderBy(v => v.Aspect, StringComparer.Ordinal));
        Assert.Equal([("a", "i1", "text.words", 12.5)], reopened.ReadMetrics());
        Assert.Equal([problem], reopened.ReadImageProblems());
        Assert.Equal(["rk"], reopened.ReadRequestKeys("a", "i1"));
    }
}
