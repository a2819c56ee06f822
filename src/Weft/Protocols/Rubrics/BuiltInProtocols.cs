
namespace Weft.Protocols.Rubrics;

/// <summary>The protocols Weft ships as protocol files (embedded resources), for <c>weft protocols list</c> and <c>show</c>.</summary>
public static class BuiltInProtocols
{
    private const string Prefix = "Weft.Protocols.";

    /// <summary>The names of the shipped protocol files, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(BuiltInProtocols).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The text of the shipped file <paramref name="name"/> (ignoring case), or null.</summary>
    public static string? Text(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = Names.FirstOrDefault(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return null;
        }

        using var stream = typeof(BuiltInProtocols).Assembly.GetManifestResourceStream(Prefix + match + ".json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The shipped protocol <paramref name="name"/>, read like any protocol file, or null.</summary>
    public static RubricDefinition? Read(string name) => Text(name) is { } text ? RubricFile.Parse($"(built-in) {name}.json", text, yaml: false) : null;
}
