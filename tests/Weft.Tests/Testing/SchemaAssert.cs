using System.Text.Json;
using Json.Schema;

namespace Weft.Tests.Testing;

/// <summary>Checks JSON text against a JSON schema with an independent validator (JsonSchema.Net).</summary>
internal static class SchemaAssert
{
    public static void Conforms(JsonElement schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var compiled = JsonSchema.Build(schema, new BuildOptions(), new Uri($"https://weft.test/{Guid.NewGuid():N}"));
        var results = compiled.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = results.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")) ?? [];
        Assert.True(results.IsValid, $"{json}\ndoes not conform:\n{string.Join("\n", errors)}");
    }
}
