namespace Weft.Analysis;

/// <summary>Judge scores of one system over the whole benchmark.</summary>
/// <param name="System">System name.</param>
/// <param name="Aspects">One entry per aspect, in the report's aspect order.</param>
/// <param name="Overall">Unweighted mean of the defined aspect means (see <see cref="ScoreAnalysis.OverallRule"/>); null when no aspect has a score.</param>
/// <param name="Outputs">Number of instances for which the system has an output.</param>
/// <param name="MissingOutputs">Number of instances for which the system has no output (once per instance, not per aspect).</param>
/// <param name="ErrorOutputs">Number of outputs with at least one aspect in error.</param>
/// <param name="UnjudgedOutputs">Number of outputs not judged yet (an interrupted run); counted in <paramref name="Outputs"/>.</param>
public sealed record SystemScores(
    string System,
    IReadOnlyList<AspectStats> Aspects,
    double? Overall,
    int Outputs,
    int MissingOutputs,
    int ErrorOutputs,
    int UnjudgedOutputs = 0);
