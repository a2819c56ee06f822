using System.Text;
using System.Text.Json;
using Weft.Analysis;
using Weft.Reports;

namespace Weft.Tests.Reports;

public sealed class JsonReportTests
{
    [Fact]
    public void Write_SampleReport_MatchesExpectedFile() =>
        ExpectedFile.Check("sample.json", Render(SampleReport.Create()));

    [Fact]
    public void Write_ParsedBack_VersionNamesAndFullPrecision()
    {
        using var document = JsonDocument.Parse(Render(SampleReport.Create()));
        var root = document.RootElement;

        Assert.Equal(1, root.GetProperty("weft_report_version").GetInt32());
        Assert.Equal("2025-03-14T15:09:26Z", root.GetProperty("run").GetProperty("created").GetString());
        var first = root.GetProperty("systems")[0];
        Assert.Equal(3.6666666666666665, first.GetProperty("aspects")[1].GetProperty("mean").GetDouble());
        Assert.Equal(SampleReport.OddSystem, root.GetProperty("systems")[1].GetProperty("system").GetString());
        Assert.Equal(SampleReport.OddTask, root.GetProperty("tasks")[0].GetProperty("task").GetString());
    }

    [Fact]
    public void Write_AspectNotApplicableEverywhere_MeanIsNull()
    {
        using var document = JsonDocument.Parse(Render(SampleReport.Create()));
        var aspect = document.RootElement.GetProperty("systems")[1].GetProperty("aspects")[1];

        Assert.Equal("image_coherence", aspect.GetProperty("aspect").GetString());
        Assert.Equal(0, aspect.GetProperty("n").GetInt32());
        Assert.Equal(JsonValueKind.Null, aspect.GetProperty("mean").ValueKind);
        Assert.Equal(JsonValueKind.Null, aspect.GetProperty("ci_low").ValueKind);
    }

    [Fact]
    public void Write_ToUtf8JsonWriter_SameDocumentAsStream()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonReport.Write(SampleReport.Create(), writer);
        }

        using var viaWriter = JsonDocument.Parse(buffer.ToArray());
        using var viaStream = JsonDocument.Parse(Render(SampleReport.Create()));
        Assert.True(JsonElement.DeepEquals(viaStream.RootElement, viaWriter.RootElement));
    }

    private static string Render(ScoreReport report)
    {
        using var stream = new MemoryStream();
        JsonReport.Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
