using System.CommandLine;
using Weft.Arena;
using Weft.Cli.Output;
using Weft.Reports;

namespace Weft.Cli.Commands;

/// <summary><c>weft arena winrates</c>: per-system win rates under the four tie rules and the win matrix.</summary>
internal static class ArenaWinRatesCommand
{
    public static Command Create(CliConsole console)
    {
        var verdicts = new Option<string[]>("--verdicts") { Description = "Verdict file (Weft JSONL or OpenING JSON array); repeat to combine files.", Required = true, Arity = ArgumentArity.OneOrMore };
        var allowDuplicates = new Option<bool>("--allow-duplicates") { Description = "Count every verdict of a battle repeated with the same source instead of failing." };
        var alias = ArenaVerdicts.AliasOption();
        var format = ArenaVerdicts.FormatOption();
        var output = ArenaVerdicts.OutOption();
        var command = new Command("winrates", "Win rates per system (FDT, without ties, ties as 0, ties as 0.5) and the system × system win matrix.")
        {
            verdicts, allowDuplicates, alias, format, output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var aliases = ArenaVerdicts.Aliases(result.GetValue(alias));
            var sets = await ArenaVerdicts.ReadAsync(aliases, [result.GetValue(verdicts)!], cancellationToken);
            var report = WinRates.Compute(sets[0], result.GetValue(allowDuplicates));
            await ArenaOutput.WriteAsync(
                console, result.GetValue(format)!, OutFile.FileOrConsole(result.GetValue(output)), c => ArenaTables.WinRates(c, report),
                () => ArenaMarkdownReport.Render(report), () => ArenaCsvReport.Render(report), () => ArenaJsonReport.Render(report), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
