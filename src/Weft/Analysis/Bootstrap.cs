using System.Numerics;

namespace Weft.Analysis;

/// <summary>
/// The resampling loop every seeded bootstrap in Weft runs on. Resamples are split into fixed chunks, and each chunk
/// draws only from the stream its caller derives from the seed and the chunk index, so the result depends on the seed
/// and never on how chunks are spread over threads. Callers keep their own seed derivation (and so their published
/// numbers); the loop, the drawing with replacement and the percentiles (<see cref="Percentiles"/>) are shared.
/// </summary>
internal static class Bootstrap
{
    /// <summary>
    /// Runs <paramref name="step"/> for resamples 0 … <paramref name="samples"/> − 1, in chunks of
    /// <paramref name="chunkSize"/> whose streams come from <paramref name="streamOf"/>(chunk index); each thread gets
    /// state from <paramref name="createState"/>, handed to <paramref name="finish"/> when the thread is done.
    /// </summary>
    public static void Run<TStream, TState>(
        int samples,
        int chunkSize,
        ParallelOptions parallel,
        Func<int, TStream> streamOf,
        Func<TState> createState,
        BootstrapStep<TStream, TState> step,
        Action<TState> finish)
        where TStream : struct, IIndexStream
    {
        ArgumentOutOfRangeException.ThrowIfNegative(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var chunks = (samples + chunkSize - 1) / chunkSize;
        Parallel.For(0, chunks, parallel, createState, (chunk, _, state) =>
        {
            var stream = streamOf(chunk);
            var end = Math.Min(samples, (chunk + 1) * chunkSize);
            for (var s = chunk * chunkSize; s < end; s++)
            {
                step(state, s, ref stream);
            }

            return state;
        }, finish);
    }

    /// <summary>Draws <paramref name="counts"/>.Length units with replacement and counts how often each was drawn.</summary>
    public static void Draw<TStream, T>(ref TStream stream, Span<T> counts)
        where TStream : struct, IIndexStream
        where T : INumber<T>
    {
        counts.Clear();
        for (var i = 0; i < counts.Length; i++)
        {
            counts[stream.NextInt(counts.Length)]++;
        }
    }

    /// <summary>
    /// Draws <paramref name="cellOf"/>.Length units with replacement and counts them by the cell each unit falls in, so
    /// a resample of many units with few distinct values becomes a small table.
    /// </summary>
    public static void Draw<TStream, T>(ref TStream stream, ReadOnlySpan<int> cellOf, Span<T> counts)
        where TStream : struct, IIndexStream
        where T : INumber<T>
    {
        counts.Clear();
        for (var i = 0; i < cellOf.Length; i++)
        {
            counts[cellOf[stream.NextInt(cellOf.Length)]]++;
        }
    }
}
