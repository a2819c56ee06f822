// TEMPORARY stubs of helper-owned APIs so the lead's code compiles before the merge. Deleted at merge.
#pragma warning disable
using Microsoft.Extensions.AI;
using Weft.Content;
namespace Weft.Protocols
{
    public sealed record CriterionScore(string Key, int Score, string Explanation);
    public sealed record CriterionProblem(string Key, string Problem);
    public enum ParseMethod { StrictJson, TolerantJson, Text, None }
    public sealed record ScoreParseResult(IReadOnlyList<CriterionScore> Scores, IReadOnlyList<CriterionProblem> Problems, ParseMethod Method) { public bool IsComplete => Problems.Count == 0; }
    public static class VerdictParser
    {
        public static ScoreParseResult Parse(string reply, IReadOnlyList<Aspect> expected) => throw new NotImplementedException();
        public static IReadOnlyList<AspectVerdict> ToVerdicts(ScoreParseResult r, IReadOnlyList<Aspect> expected) => throw new NotImplementedException();
    }
}
namespace Weft.Benchmarks
{
    public static class BenchmarkFormats
    {
        public static Task<Benchmark> ReadBenchmarkAsync(string path, string? format, CancellationToken ct) => throw new NotImplementedException();
        public static Task<IReadOnlyList<SystemOutput>> ReadOutputsAsync(string system, string path, string? format, CancellationToken ct) => throw new NotImplementedException();
    }
}
namespace Weft.Analysis
{
    public sealed record AspectStats(string Aspect, int N, double? Mean, double? CiLow, double? CiHigh, int NotApplicable, int Errors);
    public sealed record SystemScores(string System, IReadOnlyList<AspectStats> Aspects, double? Overall, int Outputs, int MissingOutputs, int ErrorOutputs);
    public sealed record TaskScores(string Task, string System, IReadOnlyList<AspectStats> Aspects, double? Overall, int Outputs, int MissingOutputs, int ErrorOutputs);
    public sealed record MetricStats(string System, string Metric, int N, double Mean, double? CiLow, double? CiHigh);
    public sealed record ScoreReport(Weft.Runs.RunInfo Run, IReadOnlyList<string> Aspects, IReadOnlyList<SystemScores> Systems, IReadOnlyList<TaskScores> Tasks, IReadOnlyList<MetricStats> Metrics);
    public static class ScoreAnalysis
    {
        public const string OverallRule = "x";
        public static ScoreReport Summarize(Weft.Runs.RunInfo run, IReadOnlyList<string> aspects, IEnumerable<ItemResult> items, IEnumerable<MetricObservation> metrics, double level = 0.95) => throw new NotImplementedException();
    }
}
namespace Weft.Reports
{
    public static class MarkdownReport { public static void Write(Weft.Analysis.ScoreReport r, TextWriter w) => throw new NotImplementedException(); }
    public static class CsvReport { public static void Write(Weft.Analysis.ScoreReport r, TextWriter w) => throw new NotImplementedException(); }
    public static class TextReport { public static void Write(Weft.Analysis.ScoreReport r, TextWriter w) => throw new NotImplementedException(); }
    public static class JsonReport { public static void Write(Weft.Analysis.ScoreReport r, Stream w) => throw new NotImplementedException(); }
}

