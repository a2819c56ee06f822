using System.Text.Json;
using System.Text.RegularExpressions;
using Weft.Protocols.Replies;

namespace Weft.Protocols;

/// <summary>Reads a pairwise verdict out of a judge's reply, reporting a problem instead of guessing a side.</summary>
/// <remarks>
/// Readings are tried in order: the exact requested JSON; a verdict field in JSON found anywhere in the reply; a
/// labelled verdict in text ("Winner: B", "[[A]]"); then statements ("Response 2 is better", "tie, leaning to A",
/// "I prefer Output 1") and a short last line ("Output B"). A (Response 1) is the response shown first. When one
/// reading finds different verdicts the reply contradicts itself and yields none. Reasoning blocks are skipped.
/// </remarks>
public static class PairwiseReplyParser
{
    private static readonly string[] WinnerFields = ["winner", "verdict", "better", "better_response", "preferred", "preference", "choice", "decision", "final_verdict", "result"];
    private static readonly string[] ExplanationFields = ["explanation", "reason", "reasoning", "justification", "rationale", "analysis"];

    /// <summary>Parses <paramref name="reply"/>; the verdict is in shown order (A = Response 1).</summary>
    public static PairwiseParseResult Parse(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var answer = TextPatterns.Thoughts().Replace(reply, thought => new string(' ', thought.Length));
        var candidates = JsonSpanFinder.Find(answer);
        var whole = candidates.Count == 1 && candidates[0].Start == answer.Length - answer.TrimStart().Length && candidates[0].End == answer.TrimEnd().Length;
        var fromJson = new List<(PairwiseWinner Winner, string Said)>();
        var explanation = string.Empty;
        foreach (var candidate in candidates)
        {
            if (candidate.Root.ValueKind == JsonValueKind.Object)
            {
                ReadObject(candidate.Root, fromJson, ref explanation);
            }
        }

        if (fromJson.Count > 0)
        {
            var method = whole && candidates[0].Root.EnumerateObject().Count() <= 2 && explanation.Length > 0 ? ParseMethod.StrictJson : ParseMethod.TolerantJson;
            return Decide(fromJson, explanation, method);
        }

        var text = Blank(answer, candidates);
        var prose = answer.Trim();
        var labelled = new List<(PairwiseWinner, string)>();
        foreach (var regex in new[] { PairwisePatterns.DoubleBracketed(), PairwisePatterns.Labelled() })
        {
            foreach (Match match in regex.Matches(text))
            {
                if (Interpret(match.Groups["v"].Value) is { } winner)
                {
                    labelled.Add((winner, match.Value.Trim()));
                }
            }
        }

        if (labelled.Count > 0)
        {
            return Decide(labelled, prose, ParseMethod.Text);
        }

        var statements = Statements(text);
        return statements.Count > 0
            ? Decide(statements, prose, ParseMethod.Text)
            : new PairwiseParseResult(null, prose, ParseMethod.None, "no verdict found");
    }

    /// <summary>Reads a short verdict value: "A", "Tie(B)", "tie, slightly 1", "Response 2", "second"; null when it names none.</summary>
    public static PairwiseWinner? Interpret(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var clean = PairwisePatterns.Wrapping().Replace(value, string.Empty);
        if (clean.Length <= 8 && PairwiseWinners.TryParse(clean, out var named))
        {
            return named;
        }

        if (PairwisePatterns.LeadingTie().Match(clean) is { Success: true } tie)
        {
            var rest = tie.Groups["rest"].Value;
            var side = PairwisePatterns.BracketedSide().Match(rest) is { Success: true } bracketed ? bracketed.Groups["s"].Value
                : PairwisePatterns.AnySide().Match(rest) is { Success: true } any ? any.Groups["s"].Value
                : null;
            return side is null ? PairwiseWinner.Tie : IsFirst(side) ? PairwiseWinner.TieA : PairwiseWinner.TieB;
        }

        if (PairwisePatterns.LeadingSide().Match(clean) is { Success: true } leading)
        {
            return IsFirst(leading.Groups["s"].Value) ? PairwiseWinner.A : PairwiseWinner.B;
        }

        return PairwisePatterns.LeadingOrdinal().Match(clean) is { Success: true } ordinal
            ? (ordinal.Groups["o"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? PairwiseWinner.A : PairwiseWinner.B)
            : null;
    }

    private static List<(PairwiseWinner, string)> Statements(string text)
    {
        var found = new List<(PairwiseWinner, string)>();
        var rest = text;
        foreach (Match match in PairwisePatterns.LeaningTie().Matches(text))
        {
            var side = match.Groups["b"].Success ? match.Groups["b"].Value : match.Groups["s"].Value;
            found.Add((IsFirst(side) ? PairwiseWinner.TieA : PairwiseWinner.TieB, match.Value.Trim()));
            rest = rest.Remove(match.Index, match.Length).Insert(match.Index, new string(' ', match.Length));
        }

        foreach (Match match in PairwisePatterns.Win().Matches(rest))
        {
            var first = IsFirst(match.Groups["s"].Value);
            var winner = match.Groups["m"].Success ? (first ? PairwiseWinner.TieA : PairwiseWinner.TieB) : first ? PairwiseWinner.A : PairwiseWinner.B;
            found.Add((winner, match.Value.Trim()));
        }

        foreach (Match match in PairwisePatterns.Preference().Matches(rest))
        {
            found.Add((IsFirst(match.Groups["s"].Value) ? PairwiseWinner.A : PairwiseWinner.B, match.Value.Trim()));
        }

        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > 0 && lines[^1].Length <= 24 && Interpret(lines[^1]) is { } last)
        {
            found.Add((last, lines[^1]));
        }

        if (found.Count == 0 && PairwisePatterns.PlainTie().Match(text) is { Success: true } plain)
        {
            found.Add((PairwiseWinner.Tie, plain.Value));
        }

        return found;
    }

    private static PairwiseParseResult Decide(List<(PairwiseWinner Winner, string Said)> found, string explanation, ParseMethod method)
    {
        var distinct = found.Select(f => f.Winner).Distinct().ToList();
        if (distinct.Count == 1)
        {
            return new PairwiseParseResult(distinct[0], explanation, method, null);
        }

        var sayings = distinct.Select(w => $"{PairwiseWinners.Name(w)} (\"{found.First(f => f.Winner == w).Said}\")");
        return new PairwiseParseResult(null, explanation, method, "conflicting verdicts " + string.Join(" and ", sayings));
    }

    private static void ReadObject(JsonElement root, List<(PairwiseWinner, string)> found, ref string explanation)
    {
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name.Trim().Replace(' ', '_').ToLowerInvariant();
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                ReadObject(property.Value, found, ref explanation);
            }
            else if (WinnerFields.Contains(name))
            {
                var value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString()!,
                    JsonValueKind.Number => property.Value.GetRawText() switch { "1" => "A", "2" => "B", _ => string.Empty },
                    _ => string.Empty,
                };
                if (Interpret(value) is { } winner)
                {
                    found.Add((winner, $"{property.Name}: {value}"));
                }
            }
            else if (ExplanationFields.Contains(name) && property.Value.ValueKind == JsonValueKind.String && explanation.Length == 0)
            {
                explanation = property.Value.GetString()!.Trim();
            }
        }
    }

    private static bool IsFirst(string side) => side is "A" or "a" or "1";

    // JSON already read must not be read again as text.
    private static string Blank(string reply, List<JsonCandidate> candidates)
    {
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
