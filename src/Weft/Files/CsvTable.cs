using System.Globalization;
using CsvHelper;

namespace Weft.Files;

/// <summary>
/// The one CSV writer of Weft (RFC 4180, quoted when needed or when a field starts or ends with whitespace). A text
/// field that a spreadsheet would run as a formula (it starts with <c>= + - @</c>, tab or CR) gets a leading
/// apostrophe; a field that is a number (<c>-0.5</c>, <c>-1e-3</c>) is written as it is. Rules in docs/report-csv.md.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private const string FormulaStarts = "=+-@\t\r";

    private readonly CsvWriter writer;

    /// <summary>A table written to <paramref name="destination"/> (left open), each record ended by <paramref name="newLine"/> ("\r\n" or "\n").</summary>
    public CsvTable(TextWriter destination, string newLine = "\r\n")
    {
        ArgumentNullException.ThrowIfNull(destination);
        writer = CsvWriter.Create(destination, CsvWriterOptions.Default with
        {
            NewLine = newLine,
            Quoting = CsvQuoting.WhenNeededOrWhitespace,
        }, leaveOpen: true);
    }

    /// <summary>The text of a table whose rows <paramref name="write"/> adds.</summary>
    public static string Render(string newLine, Action<CsvTable> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var table = new CsvTable(text, newLine))
        {
            write(table);
        }

        return text.ToString();
    }

    /// <summary>Writes one record; a null field is an empty one.</summary>
    public void Row(params ReadOnlySpan<string?> fields)
    {
        foreach (var field in fields)
        {
            if (LooksLikeFormula(field))
            {
                // OWASP's advice: a leading apostrophe makes a spreadsheet show the cell as text; quoted as CsvHelper's own escape does.
                writer.WriteField("'" + field, CsvQuoting.Always);
            }
            else
            {
                writer.WriteField(field);
            }
        }

        writer.EndRecord();
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    // A number such as -0.5 is not a formula, and must stay a number.
    private static bool LooksLikeFormula(string? field) =>
        !string.IsNullOrEmpty(field) && FormulaStarts.Contains(field[0]) && !IsNumber(field);

    // The numbers Weft formats itself: invariant culture, optional sign and exponent, no thousands separators.
    private static bool IsNumber(string field) =>
        double.TryParse(field, NumberStyles.Float & ~NumberStyles.AllowLeadingWhite & ~NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out _);
}
