using Weft.Analysis;

namespace Weft.Arena;

/// <summary>
/// The seed of bootstrap sample b: the first SplitMix64 output from state (seed · 2^32 + b), low 31 bits. Each sample
/// gets its own <see cref="Random"/>(int) — the seeded generator whose sequence .NET keeps fixed across versions — so
/// results do not depend on how samples are spread over threads.
/// </summary>
internal static class BootstrapSeeds
{
    public static int For(int seed, int sample) =>
        (int)(new SplitMix64(((ulong)(uint)seed << 32) | (uint)sample).Next() & 0x7FFFFFFF);
}
