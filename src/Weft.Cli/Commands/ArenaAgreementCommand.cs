using System.CommandLine;
using Weft.Arena;
using Weft.Cli.Output;
using Weft.Reports;

namespace Weft.Cli.Commands;

/// <summary><c>weft arena agreement</c>: how often a candidate's verdicts (a judge) match a reference's (people) on the same battles.</summary>
internal static class ArenaAgreementCommand
{
    public static Command Create(CliConsole console)
    {
        var reference = new Option<string>("--reference") { Description = "Reference verdicts (usually human), Weft JSONL or OpenING JSON array.", Required = true };
        var candidate = new Option<string>("--candidate") { Description = "Candidate verdicts (usually a judge).", Required = true };
        var split = new Option<string?>("--systems-split") { Description = "Also report battles involving any of these systems (comma-separated) and the rest apart." };
        var alias = ArenaVerdicts.AliasOption();
        var format = ArenaVerdicts.FormatOption();
        var output = ArenaVerdicts.OutOption();
        var command = new Command("agreement", "Agreement of candidate verdicts with reference verdicts: FDT, with ties, without ties, Cohen's kappa.")
        {
            reference, candidate, split, alias, format, output,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var aliases = ArenaVerdicts.Aliases(result.GetValue(alias));
            var sets = await ArenaVerdicts.ReadAsync(aliases, [[result.GetValue(reference)!], [result.GetValue(candidate)!]], cancellationToken);
            var systems = result.GetValue(split) is { } list
                ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : null;
            if (systems is [])
            {
                throw new UsageException("--systems-split needs at least one system name");
            }

            var report = ArenaVerdicts.Usage(() => Agreement.Compare(sets[0], sets[1], systems));
            await ArenaOutput.WriteAsync(
                console, result.GetValue(format)!, OutFile.FileOrConsole(result.GetValue(output)), c => ArenaTables.Agreement(c, report),
                () => ArenaMarkdownReport.Render(report), () => ArenaCsvReport.Render(report), () => ArenaJsonReport.Render(report), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
