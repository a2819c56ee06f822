namespace Weft.Analysis;

/// <summary>A seeded source of uniform indices, from which a bootstrap resample is drawn with replacement.</summary>
internal interface IIndexStream
{
    /// <summary>A uniform integer in [0, <paramref name="bound"/>), bound ≥ 1.</summary>
    int NextInt(int bound);
}
