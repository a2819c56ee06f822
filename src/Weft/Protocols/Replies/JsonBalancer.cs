using System.Text;

namespace Weft.Protocols.Replies;

/// <summary>Finds where a JSON value that starts at a brace ends, respecting strings and escapes.</summary>
internal static class JsonBalancer
{
    /// <summary>Where the value ends, or how to close it when the reply was cut off.</summary>
    /// <param name="End">Index just after the closing bracket; -1 when the text ends first or brackets do not match.</param>
    /// <param name="Repaired">When the text ends first: the value cut after its last complete member and closed; else null.</param>
    public readonly record struct Span(int End, string? Repaired);

    public static Span Scan(string text, int open)
    {
        var closers = new StringBuilder();
        var inDouble = false;
        var inSingle = false;
        var escaped = false;
        var previous = '\0';
        var cut = -1;
        string? cutClosers = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (inDouble || inSingle)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if ((inDouble && c == '"') || (inSingle && c == '\'' && SingleQuotes.Closes(text, i)))
                {
                    inDouble = inSingle = false;
                    previous = c;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inDouble = true;
                    break;
                case '\'' when SingleQuotes.Opens(previous):
                    inSingle = true;
                    break;
                case '{' or '[':
                    closers.Append(c == '{' ? '}' : ']');
                    break;
                case '}' or ']':
                    if (closers.Length == 0 || closers[^1] != c)
                    {
                        return new Span(-1, null);
                    }

                    closers.Length--;
                    if (closers.Length == 0)
                    {
                        return new Span(i + 1, null);
                    }

                    (cut, cutClosers) = (i + 1, Reverse(closers));
                    break;
                case ',':
                    // Everything before a comma is complete; what follows it may be cut off.
                    (cut, cutClosers) = (i, Reverse(closers));
                    break;
            }

            if (!char.IsWhiteSpace(c))
            {
                previous = c;
            }
        }

        return new Span(-1, cut < 0 ? null : string.Concat(text.AsSpan(open, cut - open), cutClosers));
    }

    private static string Reverse(StringBuilder closers)
    {
        var chars = new char[closers.Length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = closers[closers.Length - 1 - i];
        }

        return new string(chars);
    }
}
