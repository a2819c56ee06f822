namespace Weft.Analysis;

/// <summary>Indices from a <see cref="Random"/>(int), whose seeded sequence .NET keeps fixed across versions.</summary>
internal readonly struct SystemRandomStream(int seed) : IIndexStream
{
    private readonly Random random = new(seed);

    public int NextInt(int bound) => random.Next(bound);
}
