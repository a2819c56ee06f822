using System.Text.Json;
using Weft.Protocols;
using Weft.Scores;
using Weft.Testing;

namespace Weft.Tests.Scores;

public sealed class OpeningScoreWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task WriteAsync_ScoredMissingAndEmptyItems_ReadBackAsWrittenWithMissingNeverZero()
    {
        var rows = new List<OpeningScore>();
        rows.AddRange(OpeningCriteria.All.Select((c, i) => new OpeningScore("1502046", "GILL", c, i, $"\"{c}\" – café", null)));
        rows.AddRange(OpeningCriteria.All.Select(c => c == "Completeness"
            ? new OpeningScore("1502046", "Emu2", c, null, null, "no valid score: missing in the reply, missing after the repair request")
            : new OpeningScore("1502046", "Emu2", c, 5, "fine", null)));
        rows.AddRange(OpeningCriteria.All.Select(c => new OpeningScore("1502047", "gill", c, null, null, "judge request failed")));
        var path = folder.File("scores.json");

        await OpeningScoreWriter.WriteAsync(path, rows);
        var read = await OpeningScoreReader.ReadAsync(path);

        Assert.Equal(rows.Where(r => r.Score is not null), read.Where(r => r.Score is not null));
        Assert.Equal(1 + 7, read.Count(r => r.Score is null));
        Assert.All(read.Where(r => r.Score is null), r => Assert.Equal("missing", r.Problem));
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains("\\\"Correctness\\\" – café", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        // model.id is the system's name: numbering systems 1, 2, … would collide with OpenING's own model ids.
        Assert.Equal(["GILL", "Emu2", "gill"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("model").GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Object, json.RootElement[2].GetProperty("score").ValueKind);
        Assert.Empty(json.RootElement[2].GetProperty("score").EnumerateObject());
    }

    public void Dispose() => folder.Dispose();
}
