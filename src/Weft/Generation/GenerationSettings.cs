using System.Text.Json;

namespace Weft.Generation;

/// <summary>The settings that decide what a system generates (models, where they are, picture size and quality, refine, prompt versions), as a flat name → value map.</summary>
internal static class GenerationSettings
{
    /// <summary>The settings of <paramref name="options"/>; absent ones are left out.</summary>
    public static SortedDictionary<string, string> Of(GenerationOptions options)
    {
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, object? value)
        {
            if (value?.ToString() is { Length: > 0 } text)
            {
                settings[name] = text;
            }
        }

        if (options.IsEndpoint)
        {
            Add("endpoint", options.Endpoint);
            Add("endpoint url", options.PlannerConnection.Url);
            return settings;
        }

        Add("planner", options.Planner);
        Add("planner url", options.PlannerConnection.Url);
        Add("plan prompt", $"{GenerationPrompts.PlanId} {GenerationPrompts.PlanHash}");
        Add("image model", options.Images?.Spec);
        Add("image url", options.Images?.Connection.Url);
        Add("image size", options.Images?.Size);
        Add("image quality", options.Images?.Quality);
        Add("refine", options.Refine);
        if (options.Refine > 0)
        {
            Add("checker", options.Checker ?? options.Planner);
            Add("checker url", (options.CheckerConnection ?? options.PlannerConnection).Url);
            Add("check prompt", $"{GenerationPrompts.CheckId} {GenerationPrompts.CheckHash}");
        }

        return settings;
    }

    /// <summary>The map as stored: a JSON object with its names in order.</summary>
    public static string Format(SortedDictionary<string, string> settings) => JsonSerializer.Serialize(settings);

    /// <summary>Reads what <see cref="Format"/> wrote.</summary>
    public static SortedDictionary<string, string> Parse(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal);

    /// <summary>Every setting that differs, as <c>name: stored → wanted</c> ("none" where one side lacks it).</summary>
    public static IReadOnlyList<string> Differences(SortedDictionary<string, string> stored, SortedDictionary<string, string> wanted) =>
        [.. stored.Keys.Union(wanted.Keys).Order(StringComparer.Ordinal)
            .Select(name => (name, before: stored.GetValueOrDefault(name) ?? "none", after: wanted.GetValueOrDefault(name) ?? "none"))
            .Where(d => d.before != d.after)
            .Select(d => $"{d.name}: {d.before} → {d.after}")];
}
