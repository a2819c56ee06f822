using System.Text;
using Weft.Analysis;
using Weft.Reports;

namespace Weft.Tests.Reports;

public sealed class CsvReportTests
{
    [Fact]
    public void Write_SampleReport_MatchesExpectedFile() =>
        ExpectedFile.Check("sample.csv", Render(SampleReport.Create()));

    [Fact]
    public void Write_ParsedBack_EveryRecordHasEveryColumnAndNamesSurvive()
    {
        var records = Parse(Render(SampleReport.Create()));

        Assert.Equal(CsvReport.Columns, records[0]);
        Assert.All(records, r => Assert.Equal(CsvReport.Columns.Count, r.Length));
        Assert.Contains(records, r => r[0] == "system" && r[1] == SampleReport.OddSystem);
        Assert.Contains(records, r => r[0] == "task" && r[2] == SampleReport.OddTask);
        Assert.Equal(["run", "system", "task", "heuristic"], records.Skip(1).Select(r => r[0]).Distinct());
    }

    [Fact]
    public void Write_AspectNotApplicableEverywhere_LeavesMeanEmpty()
    {
        var record = Parse(Render(SampleReport.Create()))
            .Single(r => r[0] == "system" && r[1] == SampleReport.OddSystem && r[3] == "image_coherence");

        Assert.Equal(["0", "", "", "", "2", "0"], record[4..10]);
    }

    [Fact]
    public void Write_OverallRows_CarryOutputCounts()
    {
        var record = Parse(Render(SampleReport.Create()))
            .Single(r => r[0] == "system" && r[1] == SampleReport.OddSystem && r[3] == "overall");

        Assert.Equal(["", "1.5", "", "", "", "", "2", "1", "1", "0", ""], record[4..]);
    }

    private static string Render(ScoreReport report)
    {
        using var writer = new StringWriter();
        CsvReport.Write(report, writer);
        return writer.ToString();
    }

    /// <summary>A strict RFC 4180 reader: CRLF between records, quoted fields may hold anything.</summary>
    private static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                for (i++; !(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')); i++)
                {
                    field.Append(text[i]);
                    i += text[i] == '"' ? 1 : 0;
                }

                i++;
            }

            while (i < text.Length && text[i] != ',' && text[i] != '\r')
            {
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }

            fields.Add(field.ToString());
            field.Clear();
            if (text[i] == '\r')
            {
                Assert.Equal('\n', text[i + 1]);
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else
            {
                i++;
            }
        }

        return records;
    }
}
