namespace Weft.Analysis;

/// <summary>Judge scores of one system on the instances of one task.</summary>
/// <param name="Task">Task name.</param>
/// <param name="System">System name.</param>
/// <param name="Aspects">One entry per aspect, in the report's aspect order.</param>
/// <param name="Overall">Unweighted mean of the defined aspect means (see <see cref="ScoreAnalysis.OverallRule"/>); null when no aspect has a score.</param>
/// <param name="Outputs">Number of the task's instances for which the system has an output.</param>
/// <param name="MissingOutputs">Number of the task's instances for which the system has no output.</param>
/// <param name="ErrorOutputs">Number of outputs with at least one aspect in error.</param>
/// <param name="UnjudgedOutputs">Number of outputs not judged yet (an interrupted run); counted in <paramref name="Outputs"/>.</param>
public sealed record TaskScores(
    string Task,
    string System,
    IReadOnlyList<AspectStats> Aspects,
    double? Overall,
    int Outputs,
    int MissingOutputs,
    int ErrorOutputs,
    int UnjudgedOutputs = 0);
