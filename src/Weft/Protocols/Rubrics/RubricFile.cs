using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Weft.Benchmarks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Weft.Protocols.Rubrics;

/// <summary>Reads a protocol file (JSON, or YAML for .yaml/.yml) into a definition; every problem names file, line and field.</summary>
public static class RubricFile
{
    /// <summary>Reads the file at <paramref name="path"/>; throws <see cref="DataFormatException"/> for a missing or bad file.</summary>
    public static RubricDefinition Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DataFormatException(new DataError(path, 0, "path", "protocol file not found"));
        }

        return Parse(path, File.ReadAllText(path), IsYaml(path));
    }

    /// <summary>Reads a protocol from <paramref name="text"/>; <paramref name="name"/> is the file named in errors.</summary>
    public static RubricDefinition Parse(string name, string text, bool yaml)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var (root, lineOf) = yaml ? FromYaml(name, text) : FromJson(name, text);
        return new RubricReader(name, root, lineOf).Read();
    }

    /// <summary>Whether a path names a YAML file.</summary>
    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static (JsonElement, Func<string, int>) FromJson(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var map = JsonLineMap.Build(bytes);
            return (document.RootElement.Clone(), pointer => map.LineOf(pointer.TrimStart('/')));
        }
        catch (JsonException e)
        {
            throw new DataFormatException(new DataError(name, (int)(e.LineNumber ?? 0) + 1, "(json)", "not valid JSON: " + e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]));
        }
    }

    private static (JsonElement, Func<string, int>) FromYaml(string name, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new DataFormatException(new DataError(name, (int)e.Start.Line, "(yaml)", "not valid YAML: " + e.Message));
        }

        if (stream.Documents.Count != 1)
        {
            throw new DataFormatException(new DataError(name, 1, "(yaml)", $"expected one YAML document, found {stream.Documents.Count}"));
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var node = ToJson(stream.Documents[0].RootNode, "", lines);
        return (JsonSerializer.SerializeToElement(node), pointer =>
        {
            for (string? at = pointer; at is not null; at = at.Length == 0 ? null : at[..at.LastIndexOf('/')])
            {
                if (lines.TryGetValue(at, out var line))
                {
                    return line;
                }
            }

            return 1;
        }
        );
    }

    // YAML plain scalars are typed the way JSON would have them (integers, true/false, null); quoted ones stay text.
    private static JsonNode? ToJson(YamlNode node, string pointer, Dictionary<string, int> lines)
    {
        lines[pointer] = (int)node.Start.Line;
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? string.Empty;
                    obj[name] = ToJson(value, pointer + "/" + name, lines);
                }

                return obj;
            case YamlSequenceNode list:
                var array = new JsonArray();
                var i = 0;
                foreach (var item in list.Children)
                {
                    array.Add(ToJson(item, pointer + "/" + (i++).ToString(CultureInfo.InvariantCulture), lines));
                }

                return array;
            case YamlScalarNode { Style: ScalarStyle.Plain } plain:
                var v = plain.Value ?? string.Empty;
                return v switch
                {
                    "true" => JsonValue.Create(true),
                    "false" => JsonValue.Create(false),
                    "null" or "~" or "" => null,
                    _ when long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
                    _ => JsonValue.Create(v),
                };
            case YamlScalarNode scalar:
                return JsonValue.Create(scalar.Value ?? string.Empty);
            default:
                return null;
        }
    }
}
