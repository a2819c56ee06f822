using System.CommandLine;

namespace Weft.Cli.Commands;

/// <summary><c>weft arena</c>: pairwise battles — sample them, judge them, import verdicts, win rates, agreement, ranking.</summary>
internal static class ArenaCommand
{
    public static Command Create(CliConsole console) => new("arena", "Pairwise comparison of systems: battles, judging, win rates, judge agreement and rankings.")
    {
        // One line per subcommand.
        ArenaSampleCommand.Create(console),
        ArenaJudgeCommand.Create(console),
        ArenaWinRatesCommand.Create(console),
        ArenaAgreementCommand.Create(console),
        ArenaRankCommand.Create(console),
    };
}
