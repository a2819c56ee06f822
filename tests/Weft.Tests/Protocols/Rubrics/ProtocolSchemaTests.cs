using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Weft.Protocols.Rubrics;
using Weft.Testing;

namespace Weft.Tests.Protocols.Rubrics;

/// <summary>The published schema (docs/schemas/protocol.schema.json) accepts the files Weft ships and rejects what the reader rejects.</summary>
public sealed class ProtocolSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "schemas", "protocol.schema.json")));

    public static TheoryData<string> Shipped => [.. BuiltInProtocols.Names.Select(n => BuiltInProtocols.Text(n)!), File.ReadAllText(Path.Combine(TestPaths.Samples, "protocols", "how-to-rubric.json"))];

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Schema_AcceptsEveryShippedProtocolFile(string text)
    {
        var result = Schema.Evaluate(JsonDocument.Parse(text).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", result.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
    }

    [Theory]
    [InlineData("/criteria/0/scale", "{\"min\": 1}")]
    [InlineData("/reply", "{\"format\": \"regex\"}")]
    [InlineData("/repair", "\"no placeholder here\"")]
    [InlineData("/unit", "\"pair\"")]
    public void Schema_RejectsWhatTheReaderRejects(string location, string value)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "protocols", "how-to-rubric.json")))!;
        var parts = location.Trim('/').Split('/');
        var parent = parts[..^1].Aggregate(node, (n, p) => int.TryParse(p, out var i) ? n[i]! : n[p]!);
        parent[parts[^1]] = JsonNode.Parse(value);

        Assert.False(Schema.Evaluate(JsonDocument.Parse(node.ToJsonString()).RootElement).IsValid);
        Assert.Throws<Weft.Benchmarks.DataFormatException>(() => RubricFile.Parse("x.json", node.ToJsonString(), yaml: false));
    }
}
