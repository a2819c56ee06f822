using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Protocols;

namespace Weft.Tests.Protocols.Rubrics;

/// <summary>What the tests comparing a shipped protocol file with its built-in protocol share.</summary>
internal static class SameRequests
{
    /// <summary>The same model parameters and the same reply schema, byte for byte.</summary>
    public static void AssertSameFormat(ChatOptions expected, ChatOptions actual)
    {
        Assert.Equal((expected.Temperature, expected.MaxOutputTokens), (actual.Temperature, actual.MaxOutputTokens));
        var a = (ChatResponseFormatJson)expected.ResponseFormat!;
        var b = (ChatResponseFormatJson)actual.ResponseFormat!;
        Assert.Equal((a.SchemaName, a.SchemaDescription), (b.SchemaName, b.SchemaDescription));
        Assert.Equal(JsonSerializer.Serialize(a.Schema), JsonSerializer.Serialize(b.Schema));
    }

    /// <summary>Images hashed by their bytes, as the run's index would.</summary>
    public sealed class Hashes : IImageIndex
    {
        public string? Sha256(AIContent image) => image is DataContent data ? Convert.ToHexStringLower(data.Data.Span) : null;
    }
}
