using System.Globalization;

namespace Weft.Bench.Support;

/// <summary>Runs the Release weft command's eval on a synthetic benchmark against a judge URL, in a fresh run folder, under GNU time.</summary>
internal static class WeftEval
{
    /// <summary>The command line of <c>weft eval</c> (with <paramref name="protocol"/>), or of <c>weft arena judge</c> when <paramref name="arena"/>.</summary>
    public static List<string> Arguments(SyntheticBenchmark data, string run, Uri judge, int concurrency, string protocol = "interleaved-eval", bool arena = false)
    {
        List<string> args = arena
            ? ["arena", "judge", "--bench", data.BenchFile, "--run", run, "--judge", "openai:fake-judge", "--judge-url", judge.ToString(),
                "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture), "--max-error-rate", "1", "--out", Path.Combine(run, "verdicts.jsonl")]
            : ["eval", "--bench", data.BenchFile, "--run", run, "--judge", "openai:fake-judge", "--judge-url", judge.ToString(),
                "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture), "--max-error-rate", "1", "--format", "csv", "--protocol", protocol];
        foreach (var (name, file) in data.Systems)
        {
            args.Add("--system");
            args.Add($"{name}={file}");
        }

        return args;
    }

    public static Dictionary<string, string> Environment() => new() { ["OPENAI_API_KEY"] = "bench-dummy-key", ["NO_COLOR"] = "1" };

    public static string FreshRunFolder(string scratch, string name)
    {
        var run = Path.Combine(scratch, "runs", name);
        if (Directory.Exists(run))
        {
            Directory.Delete(run, recursive: true);
        }

        Directory.CreateDirectory(run);
        return run;
    }
}
