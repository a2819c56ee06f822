namespace Weft.Analysis;

/// <summary>
/// A small seeded generator (SplitMix64, Steele et al. 2014). Ours rather than <see cref="Random"/> so that bootstrap
/// intervals stay identical across .NET versions and so that every chunk of samples gets its own derived stream.
/// </summary>
internal struct SplitMix64(ulong seed) : IIndexStream
{
    private ulong state = seed;

    /// <summary>A stream for one chunk: the seed and the chunk index mixed, so chunks do not overlap in practice.</summary>
    public static SplitMix64 ForChunk(ulong seed, int chunk)
    {
        var mixer = new SplitMix64(seed ^ (0x9E3779B97F4A7C15UL * (ulong)(chunk + 1)));
        return new SplitMix64(mixer.Next());
    }

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, bound) by Lemire's multiply-shift; the bias is below 2⁻³² · bound, negligible here.</summary>
    public int NextInt(int bound) => (int)(((Next() >> 32) * (ulong)bound) >> 32);
}
