namespace Weft.Protocols.Replies;

/// <summary>Splits a reply into lines that remember where they start.</summary>
internal static class ReplyLines
{
    public static List<ReplyLine> Split(string text)
    {
        var lines = new List<ReplyLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lines.Add(new ReplyLine(start, text[start..end].TrimEnd('\r')));
            start = end + 1;
        }

        return lines;
    }
}
