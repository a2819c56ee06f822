using System.CommandLine;
using Spectre.Console;
using Weft.Protocols;
using Weft.Protocols.Rubrics;

namespace Weft.Cli.Commands;

/// <summary><c>weft protocols list</c> and <c>show</c>: the protocols Weft knows, and the files to start a rubric of your own from.</summary>
internal static class ProtocolsCommand
{
    private static readonly Argument<string> Name = new("name") { Description = "A protocol name from 'weft protocols list'." };

    // Built into code, not (yet) shipped as files: named so that list is complete and show can say where to start.
    private static readonly (string Name, string Description)[] InCode =
    [
        (PairwiseProtocol.Name, "Two outputs compared, asked in both orders: A, B, Tie(A) or Tie(B) (weft arena judge)."),
    ];

    public static Command Create(CliConsole console)
    {
        var list = new Command("list", "List the protocols Weft knows.");
        list.SetAction(_ =>
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("protocol").AddColumn("form").AddColumn("what it judges");
            foreach (var name in BuiltInProtocols.Names)
            {
                table.AddRow(Markup.Escape(name), "file", Markup.Escape(BuiltInProtocols.Read(name)!.Description));
            }

            foreach (var (name, description) in InCode)
            {
                table.AddRow(Markup.Escape(name), "code", Markup.Escape(description));
            }

            console.Out.Write(table);
            console.Status.MarkupLine("[grey]Start a rubric of your own from a file: weft protocols show opening-score > mine.json, then weft eval --protocol mine.json.[/]");
            return ExitCodes.Success;
        });

        var show = new Command("show", "Print a protocol file, to start a rubric of your own from.") { Name };
        show.SetAction(result =>
        {
            var name = result.GetValue(Name)!;
            if (BuiltInProtocols.Text(name) is { } text)
            {
                console.Out.Profile.Out.Writer.Write(text);
                return ExitCodes.Success;
            }

            var inCode = InCode.Any(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
            throw new UsageException(inCode
                ? $"'{name}' is built into Weft's code and has no protocol file yet; start from 'weft protocols show {BuiltInProtocols.Names[0]}'"
                : $"no protocol named '{name}'; 'weft protocols list' shows them");
        });

        return new Command("protocols", "The judging protocols Weft knows; print one as a file to write your own rubric.") { list, show };
    }
}
