using System.Text.Json;

namespace Weft.Benchmarks;

/// <summary>Maps every value of a pretty-printed JSON document to the line it starts on, by its JSON pointer.</summary>
/// <remarks><see cref="JsonDocument"/> does not expose positions, so the text is walked once more with a reader; this is
/// only done when an error has to be reported.</remarks>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    /// <summary>Builds the map for a document that is known to parse (no byte order mark).</summary>
    public static JsonLineMap Build(ReadOnlySpan<byte> utf8)
    {
        var map = new JsonLineMap();
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        var open = new Stack<Container>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    open.Peek().Name = reader.GetString() ?? "";
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.Pop();
                    break;
                default:
                    var pointer = open.Count == 0 ? "" : open.Peek().NextPointer();
                    map.lines[pointer] = LineAt(lineStarts, reader.TokenStartIndex);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        open.Push(new Container(pointer, reader.TokenType == JsonTokenType.StartArray));
                    }

                    break;
            }
        }

        return map;
    }

    /// <summary>The line a value starts on; for a value that is not there (a missing key), the line of its nearest parent.</summary>
    public int LineOf(string pointer)
    {
        for (string? at = pointer; at is not null; at = JsonPointers.Parent(at))
        {
            if (lines.TryGetValue(at, out var line))
            {
                return line;
            }
        }

        return 1;
    }

    private static List<long> LineStarts(ReadOnlySpan<byte> utf8)
    {
        List<long> starts = [0];
        for (var i = utf8.IndexOf((byte)'\n'); i >= 0; i = NextNewline(utf8, i))
        {
            starts.Add(i + 1);
        }

        return starts;
    }

    private static int NextNewline(ReadOnlySpan<byte> utf8, int after)
    {
        var next = utf8[(after + 1)..].IndexOf((byte)'\n');
        return next < 0 ? -1 : after + 1 + next;
    }

    private static int LineAt(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private sealed class Container(string pointer, bool isArray)
    {
        private int nextIndex;

        public string Name { get; set; } = "";

        public string NextPointer() => isArray ? JsonPointers.Child(pointer, nextIndex++) : JsonPointers.Child(pointer, Name);
    }
}
