using Weft.Protocols.Replies;

namespace Weft.Protocols;

/// <summary>Reads integer scores and explanations out of a judge's reply, reporting exactly what is missing or wrong instead of guessing.</summary>
/// <remarks>
/// Readings are tried in order: the exact requested JSON, then JSON found anywhere in the reply in a variant shape,
/// then text lines, sections and tables. A score is accepted only as an integer inside the scale ("4", 4.0, "4/5"
/// when the denominator is the scale's maximum, "4 out of 5", and the words zero..ten where unambiguous); it is
/// never rounded, clamped, rescaled or defaulted. When two places in the reply disagree about a key, that key gets
/// a problem. Reasoning blocks (&lt;think&gt;...&lt;/think&gt;) are not part of the answer and are skipped.
/// docs/protocols/judge-replies.md lists every accepted shape and every problem text.
/// </remarks>
public static class ScoreReplyParser
{
    /// <summary>Parses <paramref name="reply"/> for the <paramref name="expected"/> keys (distinct, in the order results are listed).</summary>
    /// <param name="reply">The judge's raw reply; may be empty.</param>
    /// <param name="expected">The keys asked for; distinct ignoring case.</param>
    /// <param name="matchKey">Maps a label found in the reply to a key, or null when it names none; exact keys match without it, ignoring case.</param>
    /// <param name="scale">The inclusive integer range of valid scores.</param>
    /// <returns>Accepted scores and one problem per key without one.</returns>
    public static ScoreParseResult Parse(string reply, IReadOnlyList<string> expected, Func<string, string?> matchKey, ScoreScale scale)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(matchKey);
        ArgumentNullException.ThrowIfNull(scale);
        if (scale.Min > scale.Max)
        {
            throw new ArgumentException($"Scale minimum {scale.Min} is above its maximum {scale.Max}.", nameof(scale));
        }

        if (expected.Distinct(StringComparer.OrdinalIgnoreCase).Count() != expected.Count)
        {
            throw new ArgumentException("Expected keys must be distinct.", nameof(expected));
        }

        if (StrictJsonReader.TryRead(reply, expected, scale) is { } strict)
        {
            return new ScoreParseResult(strict, [], ParseMethod.StrictJson);
        }

        var keys = new KeyResolver(expected, matchKey);
        var answer = TextPatterns.Thoughts().Replace(reply, thought => new string(' ', thought.Length));
        var candidates = JsonSpanFinder.Find(answer);
        var findings = new List<Finding>();
        var json = new JsonFindingReader(keys, scale);
        foreach (var candidate in candidates)
        {
            json.Read(candidate, findings);
        }

        new TextFindingReader(keys, scale).Read(Blank(answer, candidates), findings);
        var method = findings.Any(finding => finding.FromJson) ? ParseMethod.TolerantJson
            : findings.Count > 0 ? ParseMethod.Text
            : ParseMethod.None;
        return FindingMerger.Merge(expected, findings, method);
    }

    // JSON already read must not be read again as text, but line breaks stay so positions and paragraphs hold.
    private static string Blank(string reply, List<JsonCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return reply;
        }

        var chars = reply.ToCharArray();
        foreach (var candidate in candidates)
        {
            for (var i = candidate.Start; i < candidate.End; i++)
            {
                if (chars[i] != '\n')
                {
                    chars[i] = ' ';
                }
            }
        }

        return new string(chars);
    }
}
