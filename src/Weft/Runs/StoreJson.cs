using System.Text.Json.Serialization;

namespace Weft.Runs;

/// <summary>Source-generated JSON for what the store keeps as JSON text.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RunConfig))]
[JsonSerializable(typeof(RunSources))]
internal sealed partial class StoreJson : JsonSerializerContext;
