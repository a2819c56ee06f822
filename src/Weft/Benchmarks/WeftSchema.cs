using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Weft.Benchmarks;

/// <summary>One of the JSON Schemas of the Weft formats (embedded from docs/schemas), checking one line at a time.</summary>
internal sealed partial class WeftSchema
{
    private static readonly Lazy<WeftSchema> BenchmarkSchema = new(() => Load("weft-benchmark.schema.json"));
    private static readonly Lazy<WeftSchema> OutputSchema = new(() => Load("weft-output.schema.json"));
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private readonly JsonSchema schema;
    private readonly string topLevelKeys;

    private WeftSchema(string name, string text)
    {
        Name = name;
        Text = text;
        // Each schema gets its own registry: the global one refuses a second schema with the same $id (tests load the
        // files from docs/ again to check them).
        schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(text);
        topLevelKeys = string.Join(", ", document.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    /// <summary>The schema of one benchmark line.</summary>
    public static WeftSchema Benchmark => BenchmarkSchema.Value;

    /// <summary>The schema of one outputs line.</summary>
    public static WeftSchema Output => OutputSchema.Value;

    /// <summary>Resource name of the schema file.</summary>
    public string Name { get; }

    /// <summary>The schema as published.</summary>
    public string Text { get; }

    /// <summary>Reports every way a line breaks the schema; true when it breaks none.</summary>
    public bool Check(JsonElement line, JsonErrorScope errors)
    {
        var result = schema.Evaluate(line, Options);
        if (result.IsValid)
        {
            return true;
        }

        var found = new List<(string Field, string Problem)>();
        foreach (var node in (IEnumerable<EvaluationResults>)[result, .. result.Details ?? []])
        {
            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                var at = node.InstanceLocation.ToString().TrimStart('/');
                found.AddRange(Describe(keyword, message, node, line, at));
            }
        }

        var reported = MostSpecific(found);
        foreach (var (field, problem) in reported)
        {
            errors.Report(field, problem);
        }

        // Some keywords fail without a message of their own; the line must still not be dropped without a word.
        if (reported.Count == 0)
        {
            errors.Report("", $"does not match the schema {Name}");
        }

        return false;
    }

    // A rule on a whole object (a block has at most one key) also fails when the real mistake is inside it: in
    // {"text": "a", "caption": "b"} the mistake is the unknown key, and "not both" would send the reader looking for an
    // image key that is not there. So a problem is dropped when another one lies deeper under it; the deeper one names
    // the key to fix. Each problem is kept once, in the order found.
    private static List<(string Field, string Problem)> MostSpecific(List<(string Field, string Problem)> found) =>
        [.. found.Distinct().Where(problem => !found.Any(other => IsUnder(other.Field, problem.Field)))];

    private static bool IsUnder(string pointer, string ancestor) =>
        ancestor.Length == 0
            ? pointer.Length > 0
            : pointer.Length > ancestor.Length && pointer.StartsWith(ancestor, StringComparison.Ordinal) && pointer[ancestor.Length] == '/';

    private static WeftSchema Load(string name)
    {
        using var stream = typeof(WeftSchema).Assembly.GetManifestResourceStream("Weft.Schemas." + name)
            ?? throw new InvalidOperationException($"Schema {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return new WeftSchema(name, reader.ReadToEnd());
    }

    // The library's messages are accurate but generic; these say the same in the words of the format.
    private IEnumerable<(string Field, string Problem)> Describe(
        string keyword, string message, EvaluationResults node, JsonElement line, string at)
    {
        var value = node.InstanceLocation.Evaluate(line);
        switch (keyword)
        {
            case "required":
                foreach (Match name in QuotedName().Matches(message))
                {
                    yield return (JsonPointers.Child(at, name.Groups[1].Value), JsonFields.Missing);
                }

                yield break;
            case "type" when value is { } actual && ExpectedTypes().Match(message) is { Success: true } expected:
                yield return (at, $"expected {Types(expected.Groups[1].Value)}, found {JsonFields.Kind(actual)}");
                yield break;
            case "pattern":
                yield return (at, "must not be empty or blank");
                yield break;
            case "minProperties":
                yield return (at, "a block needs one key, \"text\" or \"image\"; it has none");
                yield break;
            case "maxProperties":
                yield return (at, "a block has exactly one key, \"text\" or \"image\", not both");
                yield break;
            case "" when node.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal):
                yield return (at, at.Contains('/', StringComparison.Ordinal)
                    ? "unknown key; a block has either \"text\" or \"image\""
                    : $"unknown key; allowed keys are {topLevelKeys}");
                yield break;
            default:
                yield return (at, message);
                yield break;
        }
    }

    private static string Types(string names)
    {
        string[] order = ["string", "number", "integer", "boolean", "object", "array", "null"];
        var words = names.Split(", ")
            .OrderBy(name => Array.IndexOf(order, name) is var i and >= 0 ? i : order.Length)
            .Select(name => name switch
            {
                "object" or "array" or "integer" => "an " + name,
                "null" => name,
                _ => "a " + name,
            })
            .ToList();
        return words.Count == 1 ? words[0] : string.Join(", ", words[..^1]) + " or " + words[^1];
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedName();

    [GeneratedRegex("should be \"([^\"]+)\"")]
    private static partial Regex ExpectedTypes();
}
