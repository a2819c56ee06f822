using System.Text;

namespace Weft.Meta;

/// <summary>
/// Splits RFC 4180 CSV text into records: fields separated by commas, optionally in double quotes (a quote inside doubled),
/// records ended by LF or CRLF, line breaks allowed inside quotes. Each record keeps the 1-based line it starts on.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The records with their first line; blank lines are skipped; an unclosed quote is reported as a problem.</summary>
    public static List<(int Line, List<string> Fields)> Split(string text, out (int Line, string Problem)? error)
    {
        error = null;
        List<(int, List<string>)> records = [];
        List<string> fields = [];
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = true;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                End(records, fields, field, start, ref fieldStarted);
                line++;
                start = line;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (quoted)
        {
            error = (start, "a quoted field is not closed before the end of the file");
        }

        End(records, fields, field, start, ref fieldStarted);
        return records;
    }

    private static void End(List<(int, List<string>)> records, List<string> fields, StringBuilder field, int line, ref bool fieldStarted)
    {
        if (fieldStarted || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add((line, [.. fields]));
        }

        fields.Clear();
        field.Clear();
        fieldStarted = false;
    }
}
