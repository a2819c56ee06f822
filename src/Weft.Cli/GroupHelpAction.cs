using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Weft.Cli;

/// <summary>Help for a command that holds commands (<c>weft</c>, <c>weft arena</c>): each command on one line; other commands keep the standard help.</summary>
/// <param name="standard">The help of commands that do the work, listing their options.</param>
internal sealed class GroupHelpAction(HelpAction standard) : SynchronousCommandLineAction
{
    /// <summary>Makes <c>--help</c> use this help, and every command group print it when run without a subcommand.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        var action = new GroupHelpAction((HelpAction)help.Action!);
        help.Action = action;
        root.Action = action;
        foreach (var group in Groups(root))
        {
            group.Action = action;
        }
    }

    // Like the standard help: asking for help is not an error even when required options are missing.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        if (command.Subcommands.Count == 0)
        {
            return standard.Invoke(parseResult);
        }

        var path = CommandPath(parseResult.CommandResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine(command.Description);
        output.WriteLine();
        output.WriteLine($"Usage: {path} <command> [options]");
        output.WriteLine();
        output.WriteLine("Commands:");
        WriteRows(output, [.. command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, Summary(c.Description)))]);
        output.WriteLine();
        output.WriteLine("Options:");
        WriteRows(output, [.. Visible(parseResult.CommandResult).Select(o => (string.Join(", ", o.Aliases.Where(a => a.StartsWith('-')).Order(StringComparer.Ordinal).Append(o.Name)), o.Description ?? string.Empty))]);
        output.WriteLine();
        output.WriteLine($"'{path} <command> --help' describes a command and its options.");
        return ExitCodes.Success;
    }

    /// <summary>How the user typed the command: <c>weft</c> and the subcommand names down to it.</summary>
    internal static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (var current = result; current is not null; current = current.Parent as CommandResult)
        {
            names.Add(current.Parent is null ? "weft" : current.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The visible options that apply to the command: its own and the recursive ones of its parents (such as --help).</summary>
    internal static IEnumerable<Option> Visible(CommandResult result)
    {
        for (var current = result; current is not null; current = current.Parent as CommandResult)
        {
            foreach (var option in current.Command.Options.Where(o => !o.Hidden && (current == result || o.Recursive)))
            {
                yield return option;
            }
        }
    }

    /// <summary>A description up to its first clause break, so a list of commands reads at a glance; the command's own help keeps the whole text.</summary>
    internal static string Summary(string? description)
    {
        var text = description ?? string.Empty;
        var end = text.IndexOfAny([':', ';']);
        var sentence = text.IndexOf(". ", StringComparison.Ordinal);
        if (sentence >= 0 && (end < 0 || sentence < end))
        {
            end = sentence;
        }

        return (end < 0 ? text : text[..end]).TrimEnd('.', ' ');
    }

    private static void WriteRows(TextWriter output, IReadOnlyList<(string Name, string Text)> rows)
    {
        var width = rows.Max(r => r.Name.Length) + 2;
        foreach (var (name, text) in rows)
        {
            output.WriteLine(("  " + name.PadRight(width) + text).TrimEnd());
        }
    }

    private static IEnumerable<Command> Groups(Command command) =>
        command.Subcommands.SelectMany(Groups).Concat(command.Subcommands.Where(c => c.Subcommands.Count > 0));
}
