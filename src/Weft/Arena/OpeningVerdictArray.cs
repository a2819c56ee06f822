using System.Text.Json;
using Weft.Benchmarks;

namespace Weft.Arena;

/// <summary>
/// Reads OpenING's released arena files: a JSON array of <c>{"data_id", "model_A": {"id","name"}, "model_B": {...}, "winner"}</c>;
/// the source becomes <c>import:FILE</c> and the shown order is unknown.
/// </summary>
internal static class OpeningVerdictArray
{
    public static List<(PairwiseVerdict Verdict, int Line)> Read(string path, ReadOnlyMemory<byte> utf8, SystemNames names, DataErrorList errors)
    {
        List<(PairwiseVerdict, int)> read = [];
        JsonDocument document;
        try
        {
            document = JsonText.Parse(utf8);
        }
        catch (JsonException e)
        {
            errors.Add(path, JsonText.LineOf(e, 1), JsonText.SyntaxField, JsonText.Describe(e));
            return read;
        }

        using (document)
        {
            // Every element needs its line (duplicate battles are reported by line), so the map is always built.
            var lines = JsonLineMap.Build(utf8.Span);
            var scope = new JsonErrorScope(errors, path, lines.LineOf);
            if (!JsonFields.ExpectArray(document.RootElement, "", scope))
            {
                return read;
            }

            var source = "import:" + Path.GetFileName(path);
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var at = JsonPointers.Child("", index++);
                if (ReadElement(element, at, source, names, scope) is { } verdict)
                {
                    read.Add((verdict, lines.LineOf(at)));
                }
            }
        }

        return read;
    }

    private static PairwiseVerdict? ReadElement(JsonElement element, string at, string source, SystemNames names, JsonErrorScope errors)
    {
        if (!JsonFields.ExpectObject(element, at, errors))
        {
            return null;
        }

        var before = errors.Count;
        var instance = DataId(element, at, errors);
        var modelA = ModelName(element, at, "model_A", errors);
        var modelB = ModelName(element, at, "model_B", errors);
        var winner = VerdictFields.Winner(JsonFields.RequiredString(element, at, "winner", errors, nonEmpty: true), JsonPointers.Child(at, "winner"), errors);
        var pair = VerdictFields.Systems(modelA, modelB, JsonPointers.Child(at, "model_B/name"), names, errors);
        return errors.Count > before || instance is null || pair is not var (a, b) || winner is not { } w
            ? null
            : new PairwiseVerdict(instance, a, b, w, source, null);
    }

    // OpenING writes ids as strings ("1502046"); a number is taken as written rather than refused.
    private static string? DataId(JsonElement element, string at, JsonErrorScope errors)
    {
        if (element.TryGetProperty("data_id", out var id) && id.ValueKind == JsonValueKind.Number)
        {
            return id.GetRawText();
        }

        return JsonFields.RequiredString(element, at, "data_id", errors, nonEmpty: true)?.Trim();
    }

    private static string? ModelName(JsonElement element, string at, string key, JsonErrorScope errors)
    {
        var field = JsonPointers.Child(at, key);
        if (!element.TryGetProperty(key, out var model))
        {
            errors.Report(field, JsonFields.Missing);
            return null;
        }

        return JsonFields.ExpectObject(model, field, errors) ? JsonFields.RequiredString(model, field, "name", errors, nonEmpty: true) : null;
    }
}
