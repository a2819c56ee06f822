using System.Globalization;
using Spectre.Console;
using Weft.Files;

namespace Weft.Cli.Output;

/// <summary>Writes an arena result in the format asked for (table, md, csv or json), to the console or atomically to --out.</summary>
internal static class ArenaOutput
{
    public static readonly string[] Formats = ["table", "md", "csv", "json"];

    public static async Task WriteAsync(
        CliConsole console,
        string format,
        string? path,
        Action<IAnsiConsole> table,
        Func<string> markdown,
        Func<string> csv,
        Func<string> json,
        CancellationToken cancellationToken)
    {
        if (format == "table" && path is null)
        {
            table(console.Out);
            return;
        }

        var text = format switch
        {
            "md" => markdown(),
            "csv" => csv(),
            "json" => json(),
            _ => Plain(table),
        };
        if (path is null)
        {
            console.Out.Profile.Out.Writer.Write(text);
            return;
        }

        await AtomicFile.WriteAllTextAsync(path, text, cancellationToken);
        console.Status.WriteLine($"Wrote {Path.GetFullPath(path)}");
    }

    private static string Plain(Action<IAnsiConsole> table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        table(CliConsole.Plain(writer, TextWriter.Null, _ => null).Out);
        return writer.ToString();
    }
}
