namespace Weft.Analysis;

/// <summary>Draws and evaluates resample <paramref name="sample"/> from <paramref name="stream"/>, with one thread's <paramref name="state"/>.</summary>
internal delegate void BootstrapStep<TStream, in TState>(TState state, int sample, ref TStream stream)
    where TStream : struct, IIndexStream;
