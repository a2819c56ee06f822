using Weft.Runs;

namespace Weft.Tests.Runs;

public sealed class DrainingListTests
{
    [Fact]
    public void Enumerate_HandsOutEveryItemInOrderAndLetsGoOfIt()
    {
        var items = new List<string> { "a", "b", "c" };
        var work = new DrainingList<string>(items);

        var seen = new List<string>();
        foreach (var item in work)
        {
            seen.Add(item);
            Assert.Null(items[seen.Count - 1]);
        }

        Assert.Equal(["a", "b", "c"], seen);
        Assert.Equal(3, work.Count);
        Assert.Empty(items);
    }

    [Fact]
    public void Enumerate_Twice_Throws()
    {
        var work = new DrainingList<int>([1, 2]);
        _ = work.ToList();

        Assert.Throws<InvalidOperationException>(() => work.GetEnumerator());
    }

    [Fact]
    public async Task ParallelForEach_EveryItemJudgedOnce()
    {
        var work = new DrainingList<int>([.. Enumerable.Range(0, 1000)]);
        var seen = new System.Collections.Concurrent.ConcurrentBag<int>();

        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, token) =>
        {
            await Task.Yield();
            seen.Add(item);
        });

        Assert.Equal(Enumerable.Range(0, 1000), seen.Order());
    }
}
