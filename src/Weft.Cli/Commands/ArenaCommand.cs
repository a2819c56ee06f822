using System.CommandLine;

namespace Weft.Cli.Commands;

/// <summary><c>weft arena</c>: pairwise comparison of systems (this branch holds only <c>judge</c>).</summary>
internal static class ArenaCommand
{
    public static Command Create(CliConsole console) => new("arena", "Pairwise comparison of systems: judge battles between two outputs.")
    {
        ArenaJudgeCommand.Create(console),
    };
}
