using Weft.Analysis;

namespace Weft.Reports;

/// <summary>The shape shared by per-system and per-task scores, so that writers render both with one code path.</summary>
internal sealed record ScoreGroup(
    string? Task,
    string System,
    IReadOnlyList<AspectStats> Aspects,
    double? Overall,
    int Outputs,
    int MissingOutputs,
    int ErrorOutputs,
    int UnjudgedOutputs)
{
    public static ScoreGroup From(SystemScores s) => new(null, s.System, s.Aspects, s.Overall, s.Outputs, s.MissingOutputs, s.ErrorOutputs, s.UnjudgedOutputs);

    public static ScoreGroup From(TaskScores t) => new(t.Task, t.System, t.Aspects, t.Overall, t.Outputs, t.MissingOutputs, t.ErrorOutputs, t.UnjudgedOutputs);
}
