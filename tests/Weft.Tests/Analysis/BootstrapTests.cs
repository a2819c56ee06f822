using Weft.Analysis;

namespace Weft.Tests.Analysis;

public sealed class BootstrapTests
{
    [Theory]
    [InlineData(37, 16)]
    [InlineData(5, 1)]
    [InlineData(0, 16)]
    public void Run_AnyChunking_VisitsEverySampleOnce(int samples, int chunkSize)
    {
        var visits = new int[samples];

        Bootstrap.Run(samples, chunkSize, new ParallelOptions(), c => SplitMix64.ForChunk(1, c), () => 0, (int _, int s, ref SplitMix64 _) => Interlocked.Increment(ref visits[s]), _ => { });

        Assert.All(visits, v => Assert.Equal(1, v));
    }

    [Fact]
    public void Run_AnyThreadCount_SameDraws()
    {
        int[] Draws(int threads)
        {
            var first = new int[100];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
            Bootstrap.Run(first.Length, 16, parallel, c => SplitMix64.ForChunk(7, c), () => 0, (int _, int s, ref SplitMix64 random) => first[s] = random.NextInt(1_000_000), _ => { });
            return first;
        }

        var one = Draws(1);

        Assert.Equal(one, Draws(4));
        Assert.Equal(100, one.Distinct().Count());
    }

    [Fact]
    public void Run_SamplesOfAChunk_ContinueItsStream()
    {
        var draws = new ulong[3];

        Bootstrap.Run(draws.Length, 16, new ParallelOptions(), c => SplitMix64.ForChunk(3, c), () => 0, (int _, int s, ref SplitMix64 random) => draws[s] = random.Next(), _ => { });

        var expected = SplitMix64.ForChunk(3, 0);
        Assert.Equal([expected.Next(), expected.Next(), expected.Next()], draws);
    }

    [Fact]
    public void Draw_Units_CountsAddUpToTheSampleSize()
    {
        var random = new SplitMix64(5);
        var counts = new int[50];

        Bootstrap.Draw(ref random, counts.AsSpan());

        Assert.Equal(50, counts.Sum());
        Assert.Contains(0, counts);
    }

    [Fact]
    public void Draw_ByCell_CountsEachDrawInItsUnitsCell()
    {
        var random = new SplitMix64(5);
        int[] cellOf = [2, 2, 2, 0];
        var cells = new long[3];

        Bootstrap.Draw(ref random, cellOf, cells.AsSpan());

        var replay = new SplitMix64(5);
        var expected = new long[3];
        for (var i = 0; i < cellOf.Length; i++)
        {
            expected[cellOf[replay.NextInt(cellOf.Length)]]++;
        }

        Assert.Equal(expected, cells);
        Assert.Equal(0, cells[1]);
    }

    [Fact]
    public void SplitMix64_SeedZero_MatchesTheReferenceStream() =>
        Assert.Equal(0xE220A8397B1DCDAFUL, new SplitMix64(0).Next());
}
