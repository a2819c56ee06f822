using System.Text.RegularExpressions;

namespace Weft.Metrics.Reference;

/// <summary>The "13a" tokeniser of mteval-v13a.pl as sacreBLEU applies it by default, written from its description.</summary>
/// <remarks>
/// Case is kept. Line breaks become spaces (a hyphen at a line end joins the two lines), the four HTML entities
/// &amp;quot; &amp;amp; &amp;lt; &amp;gt; are unescaped, then: ASCII punctuation and symbols other than the apostrophe,
/// hyphen, period and comma are split off; a period or comma is split off unless it sits between digits ("3.5",
/// "1,000" stay whole); a hyphen after a digit is split off ("5-6" → "5 - 6"). Tokens are the whitespace-separated pieces.
/// </remarks>
internal static partial class Tokenizer13a
{
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.TrimEnd()
            .Replace("<skipped>", string.Empty, StringComparison.Ordinal)
            .Replace("-\n", string.Empty, StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace("&quot;", "\"", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal);
        line = " " + line + " ";
        line = Symbols().Replace(line, " $1 ");
        line = PeriodCommaAfterNonDigit().Replace(line, "$1 $2 ");
        line = PeriodCommaBeforeNonDigit().Replace(line, " $1 $2");
        line = DashAfterDigit().Replace(line, "$1 $2 ");
        return line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    // { | } ~, [ \ ] ^ _ `, space ! " # $ % &, ( ) * +, : ; < = > ? @ and /.
    [GeneratedRegex(@"([{-~\[-`\x20-&(-+:-@/])", RegexOptions.CultureInvariant)]
    private static partial Regex Symbols();

    [GeneratedRegex(@"([^0-9])([.,])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodCommaAfterNonDigit();

    [GeneratedRegex(@"([.,])([^0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodCommaBeforeNonDigit();

    [GeneratedRegex(@"([0-9])(-)", RegexOptions.CultureInvariant)]
    private static partial Regex DashAfterDigit();
}
