using System.Text.Json;

namespace Weft.Benchmarks;

/// <summary>Reads a JSON Lines file one line at a time, reporting syntax errors and going on with the next line.</summary>
internal static class JsonLinesFile
{
    /// <summary>Maps every non-blank line that parses; <paramref name="readLine"/> returns null for a line it reported.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="errors">Where problems are collected.</param>
    /// <param name="readLine">Maps one parsed line (given its number and a scope to report in).</param>
    /// <param name="cancellationToken">Cancels between lines.</param>
    public static List<T> Read<T>(
        string path,
        ReadOnlyMemory<byte> utf8,
        DataErrorList errors,
        Func<JsonElement, int, JsonErrorScope, T?> readLine,
        CancellationToken cancellationToken)
        where T : class
    {
        List<T> items = [];
        foreach (var (line, text) in JsonLines.Split(utf8))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scope = new JsonErrorScope(errors, path, _ => line);
            JsonDocument document;
            try
            {
                document = JsonText.Parse(text);
            }
            catch (JsonException e)
            {
                scope.Report(JsonText.SyntaxField, JsonText.Describe(e));
                continue;
            }

            using (document)
            {
                if (readLine(document.RootElement, line, scope) is { } item)
                {
                    items.Add(item);
                }
            }
        }

        return items;
    }
}
