using Weft.Runs;

namespace Weft.Meta;

/// <summary>The result of a meta-evaluation: correlation tables per level and the reliability of the human ratings.</summary>
/// <param name="Run">The run whose judge was evaluated.</param>
/// <param name="Options">How it was computed.</param>
/// <param name="Aspects">Aspect keys in table order, "overall" last.</param>
/// <param name="Tables">One table per level asked for.</param>
/// <param name="Reliability">One row per aspect.</param>
/// <param name="Ratings">Ratings read.</param>
/// <param name="UnmatchedRatings">Ratings whose instance and system have no output in the run (ignored).</param>
/// <param name="OverallRatedDirectly">True when the file rated "overall" itself; otherwise the human overall is derived from the aspects.</param>
public sealed record MetaReport(
    RunInfo Run,
    MetaOptions Options,
    IReadOnlyList<string> Aspects,
    IReadOnlyList<MetaTable> Tables,
    IReadOnlyList<ReliabilityRow> Reliability,
    int Ratings,
    int UnmatchedRatings,
    bool OverallRatedDirectly)
{
    /// <summary>The run's own criteria with their scales when it was judged with a protocol file; empty for InterleavedEval's aspects.</summary>
    public IReadOnlyList<Protocols.Criterion> Criteria { get; init; } = [];
}
