using Weft.Testing;

namespace Weft.Tests.Cli;

/// <summary>The bundled sample as command-line arguments: the benchmark and its two systems.</summary>
internal static class SampleArgs
{
    public static string Bench => Path.Combine(TestPaths.Samples, "bench.jsonl");

    public static string Strong => "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl");

    public static string Weak => "weak=" + Path.Combine(TestPaths.Samples, "outputs", "weak.jsonl");
}
