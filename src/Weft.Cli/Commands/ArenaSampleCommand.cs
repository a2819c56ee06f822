using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Weft.Arena;
using Weft.Benchmarks;
using Weft.Cli.Output;
using Weft.Text;

namespace Weft.Cli.Commands;

/// <summary><c>weft arena sample</c>: choose balanced battles and write them to a battles file.</summary>
internal static class ArenaSampleCommand
{
    public static Command Create(CliConsole console)
    {
        var bench = new Option<string>("--bench") { Description = "Benchmark file (Weft JSONL, OpenING test_data.jsonl or InterleavedBench JSON).", Required = true };
        var benchFormat = new Option<string?>("--bench-format") { Description = "Benchmark format: weft, opening or interleavedbench (default: detected)." };
        var systemSources = new Option<string[]>("--system") { Description = "A system's outputs as NAME=PATH; battles then only use instances with outputs from both sides. Repeat per system.", Arity = ArgumentArity.ZeroOrMore };
        var outputsFormat = new Option<string?>("--outputs-format") { Description = "Outputs format: weft or opening (default: detected)." };
        var systems = new Option<string?>("--systems") { Description = "System names, comma-separated, when outputs are not given (every instance is usable)." };
        var perPair = new Option<int?>("--per-pair") { Description = "Battles per pair of systems." };
        var total = new Option<int?>("--total") { Description = "Battles in all, spread evenly over the pairs (instead of --per-pair)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the sampling.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Battles file to write (JSONL).", Required = true };
        var command = new Command("sample", "Choose battles (instance, system A, system B) covering every pair equally, each side equally often; seeded.")
        {
            bench, benchFormat, systemSources, outputsFormat, systems, perPair, total, seed, output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var benchmark = await ArenaVerdicts.Usage(() => BenchmarkFormats.ReadBenchmarkAsync(result.GetValue(bench)!, result.GetValue(benchFormat), cancellationToken));
            var (names, available) = await SystemsAsync(result.GetValue(systemSources) ?? [], result.GetValue(outputsFormat), result.GetValue(systems), cancellationToken);
            var ids = benchmark.Instances.Select(i => i.Id).ToList();
            var plan = (result.GetValue(perPair), result.GetValue(total)) switch
            {
                ({ } n, null) => ArenaVerdicts.Usage(() => BattleSampler.SamplePerPair(ids, names, n, result.GetValue(seed), available)),
                (null, { } n) => ArenaVerdicts.Usage(() => BattleSampler.SampleTotal(ids, names, n, result.GetValue(seed), available)),
                _ => throw new UsageException("give exactly one of --per-pair N or --total N"),
            };
            foreach (var warning in plan.Warnings)
            {
                await console.Error.WriteLineAsync("warning: " + warning);
            }

            var path = result.GetValue(output)!;
            var target = await OutFile.WriteAsync(console, path, (file, ct) => BattleFile.WriteAsync(file, plan.Battles, ct), cancellationToken);
            console.Status.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {Plural.Count(plan.Battles.Count, "battle")} among {Plural.Count(names.Count, "system")} to {target}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<(IReadOnlyList<string> Names, Func<string, string, bool>? Available)> SystemsAsync(
        string[] sources, string? format, string? list, CancellationToken cancellationToken)
    {
        if ((sources.Length > 0) == (list is not null))
        {
            throw new UsageException("give the systems either as --system NAME=PATH (repeated) or as --systems a,b,c");
        }

        if (list is not null)
        {
            return (list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), null);
        }

        var outputs = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        List<string> names = [];
        foreach (var source in sources)
        {
            var equals = source.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == source.Length - 1)
            {
                throw new UsageException($"--system '{source}' must be NAME=PATH (for example --system gpt4o=outputs/gpt4o.jsonl)");
            }

            var name = source[..equals].Trim();
            var read = await ArenaVerdicts.Usage(() => BenchmarkFormats.ReadOutputsAsync(name, source[(equals + 1)..].Trim(), format, cancellationToken));
            names.Add(name);
            outputs[name] = [.. read.Select(o => o.InstanceId)];
        }

        return (names, (instance, system) => outputs[system].Contains(instance));
    }
}
