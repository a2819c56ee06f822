using System.Text.Json;

namespace Weft.Protocols.Replies;

/// <summary>Finds the JSON objects (and arrays of objects) in a reply: bare, fenced, or in the middle of prose.</summary>
/// <remarks>
/// Fences need no special case: a balanced object inside ```json ... ``` is found like any other. Trailing commas and
/// comments are accepted by the JSON reader itself; single-quoted strings are rewritten only after a strict parse failed.
/// A reply cut off mid-object is repaired by keeping only the members that were complete before the cut.
/// </remarks>
internal static class JsonSpanFinder
{
    // Each failed candidate costs a parse attempt; a reply full of stray braces must not cost quadratic time.
    private const int MaxAttempts = 32;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static List<JsonCandidate> Find(string reply)
    {
        var found = new List<JsonCandidate>();
        var index = 0;
        for (var attempts = 0; attempts < MaxAttempts && index < reply.Length; attempts++)
        {
            var open = NextOpening(reply, index);
            if (open < 0)
            {
                break;
            }

            var span = JsonBalancer.Scan(reply, open);
            if (span.End > 0 && TryParse(reply[open..span.End], out var root))
            {
                found.Add(new JsonCandidate(open, span.End, root));
                index = span.End;
                continue;
            }

            if (span.End < 0 && span.Repaired is not null && TryParse(span.Repaired, out var repaired))
            {
                found.Add(new JsonCandidate(open, reply.Length, repaired));
                break;
            }

            index = open + 1;
        }

        return found;
    }

    // An object, or an array whose first element is an object; "[1]" in prose is a citation, not an answer.
    private static int NextOpening(string reply, int from)
    {
        for (var i = reply.IndexOfAny(['{', '['], from); i >= 0; i = reply.IndexOfAny(['{', '['], i + 1))
        {
            if (reply[i] == '{' || reply.AsSpan(i + 1).TrimStart().StartsWith("{", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool TryParse(string text, out JsonElement root)
    {
        if (TryParseOnce(text, out root))
        {
            return true;
        }

        return text.Contains('\'', StringComparison.Ordinal) && TryParseOnce(SingleQuotes.ToDoubleQuotes(text), out root);
    }

    private static bool TryParseOnce(string text, out JsonElement root)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            root = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }
}
