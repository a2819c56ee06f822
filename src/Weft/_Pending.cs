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

