namespace Weft.Protocols.Replies;

/// <summary>Removes the Markdown and quoting judges wrap around labels and cells ("**Helpfulness**", "`TQ`", "'score'").</summary>
internal static class Markup
{
    private static readonly char[] Wrappers = [' ', '\t', '*', '_', '`', '"', '\'', '#', '\u00A0'];

    public static string Strip(string text) => text.Trim(Wrappers);
}
