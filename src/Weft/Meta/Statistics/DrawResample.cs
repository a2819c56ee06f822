using Weft.Analysis;

namespace Weft.Meta.Statistics;

/// <summary>Draws one bootstrap resample with <paramref name="random"/> and returns its three coefficients.</summary>
internal delegate CorrelationValues DrawResample<in TState>(TState state, ref SplitMix64 random);
