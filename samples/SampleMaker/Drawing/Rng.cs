namespace Weft.SampleMaker.Drawing;

/// <summary>A tiny seeded xorshift generator: the same seed gives the same stars and raindrops on every machine and runtime.</summary>
internal sealed class Rng(uint seed)
{
    private uint state = seed == 0 ? 0x9E3779B9u : seed;

    /// <summary>A whole number in [0, max).</summary>
    public int Next(int max)
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return (int)(state % (uint)max);
    }
}
