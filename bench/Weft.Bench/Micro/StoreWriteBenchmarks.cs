using System.Globalization;
using BenchmarkDotNet.Attributes;
using Weft.Bench.Support;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Bench.Micro;

/// <summary>What the store does per judged item: look the request up, save the reply, save the item with five verdicts.</summary>
[MemoryDiagnoser]
public class StoreWriteBenchmarks
{
    private readonly string reply = CannedReply.Content();
    private string folder = null!;
    private SqliteRunStore store = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "weft-micro-" + Guid.NewGuid().ToString("N"));
        store = SqliteRunStore.Open(folder);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    public StoredReply? FindReplyMiss() => store.FindReply("missing-" + (next++).ToString(CultureInfo.InvariantCulture));

    [Benchmark]
    public void SaveReply()
    {
        var key = "k" + (next++).ToString(CultureInfo.InvariantCulture);
        store.SaveReply(new StoredReply(key, "judge", "openai:gpt-4o", "interleaved-eval/v1", "abc", "{\"canonical\":true}", reply, 1200, 160, 210, 1, DateTimeOffset.UnixEpoch));
    }

    [Benchmark]
    public void SaveItem()
    {
        var id = "i" + (next++).ToString(CultureInfo.InvariantCulture);
        VerdictRecord[] verdicts =
        [
            .. Enum.GetValues<Aspect>().Select(a => new VerdictRecord(
                Aspects.Key(a), VerdictStatus.Scored, 4, "Paragraph 2 and image 1 agree.", "k1", "Json", "openai:gpt-4o", "interleaved-eval/v1", "abc")),
        ];
        store.SaveItem(new ItemRecord("sys0", id, ItemRecord.Judged, null, null, DateTimeOffset.UnixEpoch), verdicts);
    }
}
