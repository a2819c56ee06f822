using System.CommandLine;
using Weft.Arena;

namespace Weft.Cli.Commands;

/// <summary>Options and reading shared by the arena subcommands that take verdict files.</summary>
internal static class ArenaVerdicts
{
    public static Option<string[]> AliasOption() => new("--alias")
    {
        Description = "Rename a system while reading, as OLD=NEW (names match case-insensitively); repeat for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string> FormatOption()
    {
        var option = new Option<string>("--format") { Description = "table, md, csv or json.", DefaultValueFactory = _ => "table" };
        option.AcceptOnlyFromAmong(Output.ArenaOutput.Formats);
        return option;
    }

    public static Option<string?> OutOption() => new("--out") { Description = "Write to this file (atomically) instead of the console." };

    public static ArenaAliases Aliases(string[]? pairs) => Usage(() => ArenaAliases.Parse(pairs ?? []));

    /// <summary>Reads verdict files; an alias that renamed nothing in any of them is an error (usually a typo).</summary>
    public static async Task<VerdictSet[]> ReadAsync(ArenaAliases aliases, IReadOnlyList<IReadOnlyList<string>> files, CancellationToken cancellationToken)
    {
        var sets = new VerdictSet[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            sets[i] = await PairwiseVerdictReader.ReadAsync(files[i], aliases, cancellationToken);
        }

        if (aliases.Unused is [var unused, ..])
        {
            throw new UsageException($"--alias: no verdict names the system \"{unused}\"; check the spelling");
        }

        return sets;
    }

    /// <summary>Runs library code whose argument errors are the user's, turning them into usage errors.</summary>
    public static T Usage<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
