using System.CommandLine;
using Weft.Arena;
using Weft.Cli.Output;
using Weft.Reports;

namespace Weft.Cli.Commands;

/// <summary><c>weft arena rank</c>: Bradley–Terry ratings on an Elo-like scale with bootstrap 95% intervals.</summary>
internal static class ArenaRankCommand
{
    public static Command Create(CliConsole console)
    {
        var verdicts = new Option<string[]>("--verdicts") { Description = "Verdict file (Weft JSONL or OpenING JSON array); repeat to combine files.", Required = true, Arity = ArgumentArity.OneOrMore };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap samples for the intervals (0 for none).", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the bootstrap.", DefaultValueFactory = _ => 1 };
        var ties = new Option<string>("--ties") { Description = "half: every tie is half a win each; fdt: a leaning tie is a win for its side.", DefaultValueFactory = _ => "half" };
        ties.AcceptOnlyFromAmong("half", "fdt");
        var allowDuplicates = new Option<bool>("--allow-duplicates") { Description = "Count every verdict of a battle repeated with the same source instead of failing." };
        var alias = ArenaVerdicts.AliasOption();
        var format = ArenaVerdicts.FormatOption();
        var output = ArenaVerdicts.OutOption();
        var command = new Command("rank", "Rank systems by Bradley–Terry strength (Elo-like scale) with bootstrap 95% intervals of rating and rank.")
        {
            verdicts, bootstrap, seed, ties, allowDuplicates, alias, format, output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(bootstrap) is < 0 or > 1_000_000)
            {
                throw new UsageException("--bootstrap must be between 0 and 1000000");
            }

            var aliases = ArenaVerdicts.Aliases(result.GetValue(alias));
            var sets = await ArenaVerdicts.ReadAsync(aliases, [result.GetValue(verdicts)!], cancellationToken);
            var options = new RankingOptions(
                result.GetValue(bootstrap),
                result.GetValue(seed),
                result.GetValue(ties) == "fdt" ? BradleyTerryTies.Fdt : BradleyTerryTies.Half,
                result.GetValue(allowDuplicates));
            var report = ArenaVerdicts.Usage(() => ArenaRanking.Rank(sets[0], options));
            await ArenaOutput.WriteAsync(
                console, result.GetValue(format)!, OutFile.FileOrConsole(result.GetValue(output)), c => ArenaTables.Ranking(c, report),
                () => ArenaMarkdownReport.Render(report), () => ArenaCsvReport.Render(report), () => ArenaJsonReport.Render(report), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
