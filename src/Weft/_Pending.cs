// TEMPORARY stubs of helper-owned APIs so the lead's code compiles before the merge. Deleted at merge.
#pragma warning disable
using Microsoft.Extensions.AI;
using Weft.Content;
namespace Weft.Benchmarks
{
    public static class BenchmarkFormats
    {
        public static Task<Benchmark> ReadBenchmarkAsync(string path, string? format, CancellationToken ct) => throw new NotImplementedException();
        public static Task<IReadOnlyList<SystemOutput>> ReadOutputsAsync(string system, string path, string? format, CancellationToken ct) => throw new NotImplementedException();
    }
}

