using System.Globalization;
using System.Text.Json;

namespace Weft.Benchmarks;

/// <summary>Parses JSON from input files with the same strict options everywhere, and words parse errors for users.</summary>
internal static class JsonText
{
    /// <summary>Field name used for errors in the JSON syntax itself.</summary>
    public const string SyntaxField = "(json)";

    // Duplicate keys are refused: with them "which value wins" depends on the reader, and a typo goes unnoticed.
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    /// <summary>Parses a document (the memory must stay unchanged while it is used).</summary>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8) => JsonDocument.Parse(utf8, Options);

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

    /// <summary>The 1-based line of a parse error inside a document that starts on <paramref name="firstLine"/>.</summary>
    public static int LineOf(JsonException error, int firstLine) => firstLine + (int)(error.LineNumber ?? 0);
}
