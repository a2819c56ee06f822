using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Weft.Benchmarks;

/// <summary>Parses JSON from input files with the same strict options everywhere, and words parse errors for users.</summary>
internal static class JsonText
{
    /// <summary>Field name used for errors in the JSON syntax itself.</summary>
    public const string SyntaxField = "(json)";

    // Duplicate keys are refused: with them "which value wins" depends on the reader, and a typo goes unnoticed.
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    /// <summary>Parses a document (the memory must stay unchanged while it is used).</summary>
    /// <exception cref="JsonException">The text is not valid UTF-8 or not valid JSON.</exception>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        // JsonDocument accepts broken UTF-8 inside strings and fails only later, in GetString, with an exception that
        // says neither where nor why: check the encoding first.
        if (!Utf8.IsValid(utf8.Span))
        {
            throw InvalidUtf8(utf8.Span);
        }

        return JsonDocument.Parse(utf8, Options);
    }

    /// <summary>A parse error in words, without the reader's internal position format.</summary>
    public static string Describe(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        message = message.TrimEnd('.', ' ');
        return error.BytePositionInLine is { } column
            ? string.Create(CultureInfo.InvariantCulture, $"invalid JSON near column {column + 1}: {message}")
            : "invalid JSON: " + message;
    }

    private static JsonException InvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        var before = utf8[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new JsonException("the text is not valid UTF-8; save the file as UTF-8", null, before.Count((byte)'\n'), offset - lineStart);
    }

    /// <summary>The 1-based line of a parse error inside a document that starts on <paramref name="firstLine"/>.</summary>
    public static int LineOf(JsonException error, int firstLine) => firstLine + (int)(error.LineNumber ?? 0);
}
