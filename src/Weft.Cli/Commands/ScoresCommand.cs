using System.CommandLine;

namespace Weft.Cli.Commands;

/// <summary><c>weft scores</c>: absolute scores in OpenING's format.</summary>
internal static class ScoresCommand
{
    public static Command Create(CliConsole console) => new("scores", "Absolute scores in OpenING's format: summaries by its rule, with confidence intervals.")
    {
        ScoresSummarizeCommand.Create(console),
    };
}
