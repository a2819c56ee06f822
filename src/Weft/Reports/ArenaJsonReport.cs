using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Weft.Arena;

namespace Weft.Reports;

/// <summary>Renders arena results as indented JSON with snake_case names and undefined values as null (fields in docs/arena.md).</summary>
public static class ArenaJsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The win rates and the win matrix as JSON, with a final newline.</summary>
    public static string Render(WinRateReport report) => JsonSerializer.Serialize(report, Options) + "\n";

    /// <summary>The agreement report as JSON, with a final newline.</summary>
    public static string Render(AgreementReport report) => JsonSerializer.Serialize(report, Options) + "\n";

    /// <summary>The ranking as JSON, with a final newline.</summary>
    public static string Render(RankingReport report) => JsonSerializer.Serialize(report, Options) + "\n";
}
