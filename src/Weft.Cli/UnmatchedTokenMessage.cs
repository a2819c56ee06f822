using System.CommandLine;

namespace Weft.Cli;

/// <summary>The one-line error for a word the parser did not recognize, suggesting the nearest option or command name.</summary>
/// <remarks>
/// System.CommandLine's own typo correction only runs through its default parse-error action, which prints several
/// lines to standard output; weft reports parse errors itself, so the suggestion is made here, for options and
/// commands alike.
/// </remarks>
internal static class UnmatchedTokenMessage
{
    /// <summary>The message for the first word of <paramref name="parsed"/> that matched nothing, or null when every word matched.</summary>
    public static string? For(ParseResult parsed)
    {
        if (parsed.UnmatchedTokens.Count == 0)
        {
            return null;
        }

        var token = parsed.UnmatchedTokens[0];
        var command = parsed.CommandResult.Command;
        var path = GroupHelpAction.CommandPath(parsed.CommandResult);
        var isOption = token.StartsWith('-');
        if (!isOption && command.Subcommands.Count == 0)
        {
            return $"error: {path} takes no argument '{token}'; '{path} --help' lists the options.";
        }

        var word = isOption ? token.Split('=', 2)[0] : token;
        var candidates = isOption
            ? GroupHelpAction.Visible(parsed.CommandResult).SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
        var kind = isOption ? "option" : "command";
        var nearest = Nearest(word, candidates);
        return nearest.Count > 0
            ? $"error: {path} has no {kind} '{word}'; did you mean {string.Join(" or ", nearest)}?"
            : $"error: {path} has no {kind} '{word}'; '{path} --help' lists the {kind}s.";
    }

    // The names closest to the word, when close enough to be a slip: at most one edit for short names, two otherwise.
    private static List<string> Nearest(string word, IEnumerable<string> names)
    {
        var scored = names.Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Distance: EditDistance(word, n)))
            .Where(s => s.Distance <= (s.Name.TrimStart('-').Length <= 4 ? 1 : 2))
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(s => s.Distance);
        return [.. scored.Where(s => s.Distance == best).Select(s => s.Name)];
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
