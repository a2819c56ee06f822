using System.Diagnostics;
using System.Globalization;
using Weft.Bench.Support;

namespace Weft.Bench.Scenarios;

/// <summary>
/// weft eval end to end against the fake judge in another process: throughput against the ideal C / L, Weft's own
/// overhead per request, CPU per 1,000 items with and without image work, peak RSS and store size.
/// </summary>
internal sealed class EndToEndScenario : IScenario
{
    public string Name => "e2e";

    public string Description => "weft eval on N synthetic instances against the fake judge: items/s, efficiency, CPU, RSS [--protocol opening-score] [--arena: weft arena judge]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var a = new Arguments(args);
        var n = a.Int("--n", 1000);
        var systems = a.Int("--systems", 2);
        var imagesPerOutput = a.Int("--images-per-output", 2);
        var concurrency = a.Int("--concurrency", 64);
        var latencyMs = a.Double("--latency-ms", 200);
        var faultRate = a.Double("--fault-rate", 0);
        var seed = a.Int("--seed", 1);
        var side = a.Int("--image-side", 512);
        var quality = a.Int("--image-quality", 90);
        var scratch = a.String("--scratch", RepoPaths.DefaultScratch);
        var weftOption = a.String("--weft");
        var resume = a.Flag("--resume");
        var sample = a.Int("--image-sample", 200);
        var protocol = a.String("--protocol", "interleaved-eval");
        var arena = a.Flag("--arena");
        a.ThrowOnUnknown();
        if (await WeftCommand.EnsureAsync(weftOption, cancellationToken) is not { } weft)
        {
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var data = SyntheticBenchmark.Ensure(scratch, n, systems, imagesPerOutput, side, seed, quality);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data: {data.Folder} ({data.Outputs:N0} outputs, {data.Images:N0} images; ready in {clock.Elapsed.TotalSeconds:F1} s)"));

        var run = WeftEval.FreshRunFolder(scratch, string.Create(CultureInfo.InvariantCulture, $"e2e-{(arena ? "arena" : protocol)}-n{n}-i{imagesPerOutput}-q{quality}-c{concurrency}-l{latencyMs}-f{faultRate}"));
        await using var judge = await FakeJudgeProcess.StartAsync(latencyMs, faultRate, seed, cancellationToken);
        var evalArgs = WeftEval.Arguments(data, run, judge.Endpoint, concurrency, protocol, arena);
        var environment = WeftEval.Environment();
        var first = await MeasuredRun.RunAsync(weft, evalArgs, environment, Path.Combine(run, "eval.log"), cancellationToken);
        var store = StoreFigures.Read(run);
        var judgeCpu = judge.ProcessorTime.TotalSeconds;
        MeasuredRun? again = resume ? await MeasuredRun.RunAsync(weft, evalArgs, environment, Path.Combine(run, "resume.log"), cancellationToken) : null;

        var (check, prepare) = imagesPerOutput == 0 ? (0, 0) : await ImageWorkSample.MeasureAsync(data.ImageFiles(), sample, 1024, cancellationToken);
        Report(arena ? "arena judge" : $"eval --protocol {protocol}", data, concurrency, latencyMs, faultRate, first, store, judgeCpu, check, prepare, again, run);
        return first.ExitCode is 0 or 3 ? 0 : 1;
    }

    private static void Report(
        string command,
        SyntheticBenchmark data, int concurrency, double latencyMs, double faultRate, MeasuredRun run, StoreFigures store, double judgeCpu,
        double checkPerImage, double preparePerImage, MeasuredRun? again, string folder)
    {
        var ideal = concurrency / (latencyMs / 1000);
        var items = store.Items;
        var perThousand = 1000.0 / Math.Max(1, items);
        var imageCpu = data.Images * (checkPerImage + preparePerImage);
        string F(double v, int digits = 2) => v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            weft {command}: exit {run.ExitCode}; {items:N0} items ({store.Judged:N0} judged), {store.Requests:N0} requests, {store.Faults:N0} faults, C = {concurrency}, L = {latencyMs} ms, fault rate {faultRate}
              wall (process)         {F(run.WallSeconds)} s; judging span {F(store.JudgingSeconds)} s (first request sent .. last item stored)
              ideal C / L            {F(ideal, 1)} requests/s -> {F(store.Requests / ideal)} s for {store.Requests:N0} requests
              throughput             {F(items / run.WallSeconds, 1)} items/s over the process, {F(store.Requests / Math.Max(0.001, store.JudgingSeconds), 1)} requests/s while judging
              efficiency             {F(100 * store.Requests / ideal / run.WallSeconds, 1)} % of the process wall, {F(100 * store.Requests / ideal / Math.Max(0.001, store.JudgingSeconds), 1)} % of the judging span
              overhead per request   p50 {F(store.Percentile(50) - latencyMs, 0)} ms, p99 {F(store.Percentile(99) - latencyMs, 0)} ms (Weft's timing of one judge call minus L: HTTP client, serialisation, reply reading)
              CPU                    {F(run.CpuSeconds)} s total (user {F(run.UserSeconds)}, sys {F(run.SystemSeconds)}) = {F(run.CpuSeconds * perThousand)} s per 1,000 items
              image work (sampled)   check {F(checkPerImage * 1000, 1)} ms + prepare {F(preparePerImage * 1000, 1)} ms CPU per image x {data.Images:N0} images = {F(imageCpu)} s
              CPU without images     {F(Math.Max(0, run.CpuSeconds - imageCpu) * perThousand)} s per 1,000 items (total minus sampled image work)
              peak RSS               {F(run.PeakRssKb / 1024.0, 1)} MB (VmHWM of weft eval)
              store                  {F(store.StoreBytes / 1048576.0, 1)} MB (weft.db + wal + shm)
              fake judge CPU         {F(judgeCpu)} s (its own process, not counted above)
              run folder             {folder}
            """));
        if (again is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  resume (all cached)    exit {again.ExitCode}, wall {F(again.WallSeconds)} s, CPU {F(again.CpuSeconds)} s, peak RSS {F(again.PeakRssKb / 1024.0, 1)} MB"));
        }
    }
}
