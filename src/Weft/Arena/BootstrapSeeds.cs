namespace Weft.Arena;

/// <summary>
/// The seed of bootstrap sample b: SplitMix64 of (seed · 2^32 + b), low 31 bits. Each sample gets its own
/// <see cref="Random"/>(int) — the seeded generator whose sequence .NET keeps fixed across versions — so results do not
/// depend on how samples are spread over threads.
/// </summary>
internal static class BootstrapSeeds
{
    public static int For(int seed, int sample)
    {
        var z = ((ulong)(uint)seed << 32) | (uint)sample;
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
