using System.Text;
using Weft.Benchmarks;
using Weft.Meta;
using Weft.Testing;

namespace Weft.Tests.Meta;

public sealed class HumanRatingReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Read_JsonLines_ReadsEveryField()
    {
        var ratings = Read("r.jsonl", """
            {"instance": "0007", "system": "strong", "aspect": "text_quality", "rater": "alice", "score": 2, "comment": "ok"}

            {"instance": "0007", "system": "strong", "aspect": "Text-image coherence", "rater": "alice", "score": null}
            {"instance": "0007", "system": "strong", "aspect": "overall", "rater": "bob", "score": 1.5}
            """);

        Assert.Equal(3, ratings.Count);
        Assert.Equal(new HumanRating("0007", "strong", "text_quality", "alice", 2, "ok"), ratings[0]);
        Assert.Equal("text_image_coherence", ratings[1].Aspect);
        Assert.Null(ratings[1].Score);
        Assert.Equal("overall", ratings[2].Aspect);
    }

    [Fact]
    public void Read_Csv_QuotedFieldsAndEmptyScore()
    {
        var ratings = Read("r.csv", "instance,system,aspect,rater,score,comment\r\n0001,weak,TQ,alice,3,\"says \"\"hi\"\",\nthen stops\"\r\n0001,weak,helpfulness,alice,,\n0002,weak,PQ,bob,N/A,\n");

        Assert.Equal(3, ratings.Count);
        Assert.Equal("says \"hi\",\nthen stops", ratings[0].Comment);
        Assert.Equal("text_quality", ratings[0].Aspect);
        Assert.Null(ratings[1].Score);
        Assert.Null(ratings[1].Comment);
        Assert.Null(ratings[2].Score);
    }

    [Fact]
    public void Read_JsonLinesProblems_AllReportedWithFileLineField()
    {
        var error = Assert.Throws<DataFormatException>(() => Read("r.jsonl", """
            {"instance": "1", "system": "s", "aspect": "style", "rater": "a", "score": 1}
            {"instance": "1", "system": "s", "aspect": "TQ", "rater": "a", "score": 4}
            {"system": "s", "aspect": "TQ", "rater": "a", "score": 1}
            {"instance": "1", "system": "s", "aspect": "TQ", "rater": "a", "score": "2"}
            {"instance": "1", "system": "s", "aspect": "TQ", "rater": "a"}
            not json
            """));

        var messages = error.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("r.jsonl:1: aspect: unknown aspect 'style'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("r.jsonl:2: score: 4 is off the declared scale 0-3", StringComparison.Ordinal));
        Assert.Contains("r.jsonl:3: instance: missing", messages);
        Assert.Contains(messages, m => m.StartsWith("r.jsonl:4: score: expected a number or null", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("r.jsonl:5: score: missing", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("r.jsonl:6: (json):", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DuplicateRating_NamesBothLines()
    {
        var error = Assert.Throws<DataFormatException>(() => Read("r.csv", "instance,system,aspect,rater,score\n1,s,TQ,alice,1\n2,s,TQ,alice,1\n1,S,text_quality,Alice,2\n"));

        var only = Assert.Single(error.Errors);
        Assert.Equal("r.csv", only.File);
        Assert.Equal(4, only.Line);
        Assert.Contains("at line 2", only.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CsvBadHeaderAndFieldCount_Reported()
    {
        var error = Assert.Throws<DataFormatException>(() => Read("r.csv", "instance,system,aspect,score,extra\n1,s,TQ,1,x\n"));

        Assert.Contains(error.Errors, e => e.Line == 1 && e.Problem.Contains("unknown column 'extra'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 1 && e.Problem.Contains("missing column: rater", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_CsvScoreNotANumber_Reported()
    {
        var error = Assert.Throws<DataFormatException>(() => Read("r.csv", "instance,system,aspect,rater,score\n1,s,TQ,a,2,5\n1,s,PQ,a,two\n"));

        Assert.Contains(error.Errors, e => e.Line == 2 && e.Problem.Contains("6 fields", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 3 && e.Field == "score");
    }

    [Fact]
    public void Read_OtherScale_AcceptsItsRange()
    {
        var ratings = Read("r.jsonl", """{"instance": "1", "system": "s", "aspect": "TQ", "rater": "a", "score": 5}""", new RatingScale(1, 5));

        Assert.Equal(5, ratings[0].Score);
    }

    [Fact]
    public async Task ReadAsync_UnknownExtension_NamesTheFile()
    {
        var path = folder.Write("ratings.txt", "");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => HumanRatingReader.ReadAsync(path, RatingScale.Default));

        Assert.Contains(".jsonl", error.Errors[0].Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("r.jsonl")]
    [InlineData("r.csv")]
    public async Task WriteAsync_ThenReadAsync_RoundTrips(string name)
    {
        HumanRating[] ratings =
        [
            new("0001", "strong", "text_quality", "alice", 2.5, "a, \"quoted\" comment"),
            new("0001", "strong", "helpfulness", "alice", null, null),
            new("0002", "weak", "overall", "bob", 0, " padded "),
        ];
        var path = folder.File(name);

        await HumanRatingWriter.WriteAsync(path, ratings);
        var read = await HumanRatingReader.ReadAsync(path, RatingScale.Default);

        Assert.Equal(ratings, read);
    }

    private static IReadOnlyList<HumanRating> Read(string name, string text, RatingScale? scale = null) =>
        HumanRatingReader.Read(name, Encoding.UTF8.GetBytes(text), scale ?? RatingScale.Default);

    public void Dispose() => folder.Dispose();
}
