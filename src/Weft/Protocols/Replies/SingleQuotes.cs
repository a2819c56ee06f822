using System.Text;

namespace Weft.Protocols.Replies;

/// <summary>Recognises Python-style single-quoted strings in JSON-like text and rewrites them as JSON strings.</summary>
/// <remarks>
/// A quote opens a string only where JSON expects a value or a name (after '{', '[', ',' or ':'), and closes it only
/// where JSON expects punctuation next (':', ',', '}', ']' or the end). So an apostrophe inside the text, as in
/// 'it's fine', stays part of the string, and apostrophes in prose around the JSON never start one.
/// </remarks>
internal static class SingleQuotes
{
    public static bool Opens(char previousSignificant) => previousSignificant is '{' or '[' or ',' or ':';

    public static bool Closes(string text, int index)
    {
        for (var i = index + 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i] is ':' or ',' or '}' or ']';
            }
        }

        return true;
    }

    /// <summary>The same text with every single-quoted string turned into a double-quoted JSON string.</summary>
    public static string ToDoubleQuotes(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        var inDouble = false;
        var inSingle = false;
        var escaped = false;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inDouble || inSingle)
            {
                if (escaped)
                {
                    escaped = false;
                    output.Append(c == '\'' ? "'" : $"\\{c}");
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (inDouble && c == '"')
                {
                    inDouble = false;
                    output.Append(c);
                }
                else if (inSingle && c == '\'' && Closes(text, i))
                {
                    inSingle = false;
                    output.Append('"');
                }
                else if (inSingle && c == '"')
                {
                    output.Append("\\\"");
                }
                else
                {
                    output.Append(c);
                }

                previous = c;
                continue;
            }

            if (c == '"')
            {
                inDouble = true;
            }
            else if (c == '\'' && Opens(previous))
            {
                inSingle = true;
                output.Append('"');
                previous = c;
                continue;
            }

            output.Append(c);
            if (!char.IsWhiteSpace(c))
            {
                previous = c;
            }
        }

        return output.ToString();
    }
}
