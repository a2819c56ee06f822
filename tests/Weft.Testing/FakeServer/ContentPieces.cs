namespace Weft.Testing.FakeServer;

/// <summary>Cuts reply text into the small pieces a streaming server sends one by one.</summary>
internal static class ContentPieces
{
    private const int PieceLength = 16;

    public static IReadOnlyList<string> Split(string content)
    {
        var pieces = new List<string>();
        var start = 0;
        while (start < content.Length)
        {
            var length = Math.Min(PieceLength, content.Length - start);
            // A piece must never end between the two halves of a surrogate pair.
            if (start + length < content.Length && char.IsHighSurrogate(content[start + length - 1]))
            {
                length++;
            }

            pieces.Add(content.Substring(start, length));
            start += length;
        }

        return pieces;
    }
}
