using System.Text;
using System.Text.Json;
using Weft.Benchmarks;

namespace Weft.Protocols;

/// <summary>
/// Reads the per-task applicability overrides of a configuration file:
/// <c>{"tasks": {"Sequential Image Editing": {"not_applicable": ["text_quality", "text_image_coherence"]}, "report*": {"not_applicable": []}}}</c>.
/// </summary>
public static class ProtocolConfigReader
{
    /// <summary>Reads the rules in file order; throws <see cref="DataFormatException"/> naming file, line and field for every problem.</summary>
    public static IReadOnlyList<TaskAspectRule> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DataFormatException(new DataError(path, 0, "path", "file not found"));
        }

        var bytes = File.ReadAllBytes(path);
        var errors = new List<DataError>();
        var rules = new List<TaskAspectRule>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DataFormatException(new DataError(path, 1, "(root)", "expected a JSON object"));
            }

            foreach (var top in document.RootElement.EnumerateObject())
            {
                if (top.Name != "tasks")
                {
                    errors.Add(new DataError(path, LineOf(bytes, top.Name), top.Name, "unknown setting (expected \"tasks\")"));
                    continue;
                }

                if (top.Value.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new DataError(path, LineOf(bytes, top.Name), "tasks", "expected an object mapping task names to rules"));
                    continue;
                }

                foreach (var task in top.Value.EnumerateObject())
                {
                    ReadRule(path, bytes, task, rules, errors);
                }
            }
        }
        catch (JsonException e)
        {
            errors.Add(new DataError(path, (int)(e.LineNumber ?? 0) + 1, "(json)", "not valid JSON: " + e.Message.Split(" Path:")[0]));
        }

        return errors.Count > 0 ? throw new DataFormatException(errors) : rules;
    }

    private static void ReadRule(string path, byte[] bytes, JsonProperty task, List<TaskAspectRule> rules, List<DataError> errors)
    {
        var line = LineOf(bytes, task.Name);
        var field = $"tasks.{task.Name}";
        if (task.Value.ValueKind != JsonValueKind.Object || !task.Value.TryGetProperty("not_applicable", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new DataError(path, line, field, "expected {\"not_applicable\": [aspect, ...]}"));
            return;
        }

        var aspects = new List<Aspect>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && Aspects.TryParse(item.GetString()!, out var aspect))
            {
                aspects.Add(aspect);
            }
            else
            {
                errors.Add(new DataError(path, line, field + ".not_applicable", $"unknown aspect {item.GetRawText()} (expected one of {string.Join(", ", Aspects.All.Select(Aspects.Key))})"));
            }
        }

        rules.Add(new TaskAspectRule(task.Name, aspects));
    }

    // The line of the first occurrence of a property name: config files are small and names rarely repeat.
    private static int LineOf(byte[] bytes, string name)
    {
        var needle = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(name));
        var at = bytes.AsSpan().IndexOf(needle);
        return at < 0 ? 1 : bytes.AsSpan(0, at).Count((byte)'\n') + 1;
    }
}
