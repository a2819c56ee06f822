using System.Diagnostics;
using System.Globalization;
using Weft.Arena;
using Weft.Protocols;

namespace Weft.Bench.Scenarios;

/// <summary>
/// 50,000 synthetic verdicts among 8 systems with latent Bradley–Terry strengths: read from JSONL, win rates, agreement with
/// a perturbed copy, and a ranking with 1,000 bootstrap samples, each phase timed.
/// </summary>
internal sealed class ArenaScenario : IScenario
{
    private static readonly double[] Strengths = [1.2, 0.8, 0.5, 0.2, 0.0, -0.3, -0.6, -1.0];

    public string Name => "arena";

    public string Description => "arena analysis of 50k verdicts: read, win rates, agreement, BT rank with 1,000 bootstraps [--verdicts N] [--bootstrap N]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var count = Option(args, "--verdicts", 50_000);
        var bootstrap = Option(args, "--bootstrap", 1_000);
        var random = new Random(42);
        var reference = Generate(count, random);
        var candidate = Perturb(reference, random);
        var folder = Path.Combine(Path.GetTempPath(), "weft-bench-arena-" + Guid.NewGuid().ToString("N"));
        try
        {
            var referencePath = Path.Combine(folder, "reference.jsonl");
            var candidatePath = Path.Combine(folder, "candidate.jsonl");
            await PairwiseVerdictWriter.WriteAsync(referencePath, reference, cancellationToken);
            await PairwiseVerdictWriter.WriteAsync(candidatePath, candidate, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} verdicts, {Strengths.Length} systems, {bootstrap:N0} bootstrap samples, {Environment.ProcessorCount} cores"));

            Console.WriteLine("In memory:");
            var memory = Time("win rates + agreement + rank", () => Analyse(VerdictSet.FromVerdicts(reference), VerdictSet.FromVerdicts(candidate), bootstrap));

            Console.WriteLine("From JSONL files:");
            var total = Stopwatch.StartNew();
            var totalCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var sets = await TimeAsync("read both files", async () => new[]
            {
                await PairwiseVerdictReader.ReadAsync(referencePath, cancellationToken: cancellationToken),
                await PairwiseVerdictReader.ReadAsync(candidatePath, cancellationToken: cancellationToken),
            });
            var ranking = Analyse(sets[0], sets[1], bootstrap);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-30}  {total.Elapsed.TotalMilliseconds,8:N0} ms wall  {(Process.GetCurrentProcess().TotalProcessorTime - totalCpu).TotalMilliseconds,8:N0} ms CPU"));
            Console.WriteLine($"Top system: {ranking.Systems[0].System} (Elo {ranking.Systems[0].Elo:F1}); in-memory ranking {(memory.Systems.SequenceEqual(ranking.Systems) ? "identical" : "DIFFERENT")}");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static RankingReport Analyse(VerdictSet reference, VerdictSet candidate, int bootstrap)
    {
        Time("win rates", () => WinRates.Compute(reference));
        Time("agreement", () => Agreement.Compare(reference, candidate));
        return Time($"rank, {bootstrap:N0} bootstraps", () => ArenaRanking.Rank(reference, new RankingOptions(bootstrap)));
    }

    // Every (instance, pair) battle at most once: a shuffled slice of all 2,000 × 28 battles, winners drawn from the strengths.
    private static List<PairwiseVerdict> Generate(int count, Random random)
    {
        var k = Strengths.Length;
        var pairs = Enumerable.Range(0, k).SelectMany(i => Enumerable.Range(i + 1, k - i - 1).Select(j => (i, j))).ToArray();
        var instances = (count / pairs.Length) + 1;
        var battles = Enumerable.Range(0, instances * pairs.Length).ToArray();
        random.Shuffle(battles);
        List<PairwiseVerdict> verdicts = new(count);
        foreach (var battle in battles.Take(count))
        {
            var (i, j) = pairs[battle % pairs.Length];
            if (random.Next(2) == 0)
            {
                (i, j) = (j, i);
            }

            var pA = 1 / (1 + Math.Exp(Strengths[j] - Strengths[i]));
            var roll = random.NextDouble();
            var winner = roll < 0.15 ? (random.NextDouble() < pA ? PairwiseWinner.TieA : PairwiseWinner.TieB)
                : roll < 0.17 ? PairwiseWinner.Tie
                : random.NextDouble() < pA ? PairwiseWinner.A : PairwiseWinner.B;
            verdicts.Add(new PairwiseVerdict(
                (battle / pairs.Length).ToString("D5", CultureInfo.InvariantCulture), $"system-{i}", $"system-{j}", winner, "judge:synthetic|v1", ShownOrder.AB));
        }

        return verdicts;
    }

    // A judge that agrees about 80% of the time, and writes half its battles with the sides swapped.
    private static List<PairwiseVerdict> Perturb(List<PairwiseVerdict> reference, Random random) =>
    [
        .. reference.Select(v =>
        {
            var winner = random.NextDouble() < 0.2 ? (PairwiseWinner)random.Next(5) : v.Winner;
            return random.Next(2) == 0
                ? v with { Winner = winner, Source = "judge:perturbed|v1" }
                : v with { SystemA = v.SystemB, SystemB = v.SystemA, Winner = PairwiseWinners.Flip(winner), Source = "judge:perturbed|v1" };
        }),
    ];

    private static T Time<T>(string phase, Func<T> action) => TimeAsync(phase, () => Task.FromResult(action())).GetAwaiter().GetResult();

    // CPU time is printed beside wall time because the machine is often shared: wall time then says more about the
    // neighbours than about the code.
    private static async Task<T> TimeAsync<T>(string phase, Func<Task<T>> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await action();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {phase,-30}  {clock.Elapsed.TotalMilliseconds,8:N0} ms wall  {used.TotalMilliseconds,8:N0} ms CPU"));
        return result;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
