using Weft.Arena;
using Weft.Benchmarks;
using Weft.Protocols;
using Weft.Testing;

namespace Weft.Tests.Arena;

public sealed class PairwiseVerdictReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ReadAsync_WeftLines_ReadsEveryField()
    {
        var path = folder.Write("v.jsonl", """
            {"instance": "0007", "system_a": "strong", "system_b": "weak", "winner": "tie(a)", "source": "judge:gpt-4o|arena/v1", "shown": "BA", "comment": "close"}

            {"instance": "0008", "system_a": "WEAK", "system_b": "Strong", "winner": "B", "source": "annotator:ann"}
            """);

        var set = await PairwiseVerdictReader.ReadAsync(path);

        Assert.Equal(
            [new PairwiseVerdict("0007", "strong", "weak", PairwiseWinner.TieA, "judge:gpt-4o|arena/v1", ShownOrder.BA, "close"),
             new PairwiseVerdict("0008", "weak", "strong", PairwiseWinner.B, "annotator:ann", null)],
            set.Verdicts);
        Assert.Equal([new VerdictLocation(path, 1), new VerdictLocation(path, 3)], set.Locations);
    }

    [Fact]
    public async Task ReadAsync_BadLines_CollectsEveryProblemWithItsLine()
    {
        var path = folder.Write("bad.jsonl", """
            {"instance": "1", "system_a": "a", "system_b": "b", "winner": "C", "source": "x"}
            {"instance": "2", "system_a": "gill", "system_b": "GILL", "winner": "A", "source": "x"}
            {"instance": "3", "system_a": "a", "system_b": "b", "winner": "A", "shown": "left"}
            not json
            """);

        var errors = (await Assert.ThrowsAsync<DataFormatException>(() => PairwiseVerdictReader.ReadAsync(path))).Errors;

        Assert.Equal(
            [(1, "winner"), (2, "system_b"), (3, "source"), (3, "shown"), (4, "(json)")],
            errors.Select(e => (e.Line, e.Field)));
        Assert.All(errors, e => Assert.Equal(path, e.File));
        Assert.Contains("same system", errors[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_OpeningArray_ImportsWithSourceAndLines()
    {
        var path = folder.Write("arena.json", """
            [
              {"data_id": "1502046", "model_A": {"id": "1", "name": "gill"}, "model_B": {"id": "2", "name": "Human"}, "winner": "Tie(B)"},
              {
                "data_id": "1502047",
                "model_A": {"id": "2", "name": "human"},
                "model_B": {"id": "1", "name": "GILL"},
                "winner": "A"
              }
            ]
            """);

        var set = await PairwiseVerdictReader.ReadAsync(path);

        Assert.Equal(
            [new PairwiseVerdict("1502046", "gill", "Human", PairwiseWinner.TieB, "import:arena.json", null),
             new PairwiseVerdict("1502047", "Human", "gill", PairwiseWinner.A, "import:arena.json", null)],
            set.Verdicts);
        Assert.Equal([2, 3], set.Locations.Select(l => l.Line));
    }

    [Fact]
    public async Task ReadAsync_OpeningArrayWithBadElement_NamesItsLineAndField()
    {
        var path = folder.Write("arena.json", """
            [
              {"data_id": "1", "model_A": {"name": "a"}, "model_B": {"name": "b"}, "winner": "A"},
              {"data_id": "2", "model_A": {"name": "a"},
               "winner": "maybe"}
            ]
            """);

        var errors = (await Assert.ThrowsAsync<DataFormatException>(() => PairwiseVerdictReader.ReadAsync(path))).Errors;

        Assert.Equal([(3, "1/model_B"), (4, "1/winner")], errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public async Task ReadAsync_TwoFiles_GivesEachSystemTheFirstSpelling()
    {
        var first = folder.Write("a.jsonl", """{"instance": "1", "system_a": "Gill", "system_b": "b", "winner": "A", "source": "x"}""");
        var second = folder.Write("b.json", """[{"data_id": "2", "model_A": {"name": "GILL"}, "model_B": {"name": "B"}, "winner": "B"}]""");

        var set = await PairwiseVerdictReader.ReadAsync([first, second]);

        Assert.Equal(["Gill", "Gill"], set.Verdicts.Select(v => v.SystemA));
        Assert.Equal(["b", "b"], set.Verdicts.Select(v => v.SystemB));
    }

    [Fact]
    public async Task ReadAsync_Aliases_RenameCaseInsensitivelyAndReportUnused()
    {
        var path = folder.Write("a.jsonl", """
            {"instance": "1", "system_a": "gill", "system_b": "b", "winner": "A", "source": "x"}
            {"instance": "2", "system_a": "GILL-v2", "system_b": "b", "winner": "A", "source": "x"}
            """);
        var aliases = ArenaAliases.Parse(["GILL=Gill-v2", "typo=b"]);

        var set = await PairwiseVerdictReader.ReadAsync(path, aliases);

        Assert.Equal(["Gill-v2", "Gill-v2"], set.Verdicts.Select(v => v.SystemA));
        Assert.Equal(["typo"], aliases.Unused);
    }

    [Fact]
    public async Task ReadAsync_AliasMakesBothSidesEqual_IsAnError()
    {
        var path = folder.Write("a.jsonl", """{"instance": "1", "system_a": "old", "system_b": "new", "winner": "A", "source": "x"}""");

        var error = (await Assert.ThrowsAsync<DataFormatException>(() => PairwiseVerdictReader.ReadAsync(path, ArenaAliases.Parse(["old=NEW"])))).Errors.Single();

        Assert.Equal("system_b", error.Field);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_NamesIt()
    {
        var error = (await Assert.ThrowsAsync<DataFormatException>(() => PairwiseVerdictReader.ReadAsync(folder.File("none.jsonl")))).Errors.Single();

        Assert.Equal("file not found", error.Problem);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("=b")]
    [InlineData("a=A")]
    public void AliasesParse_Malformed_Throws(string pair)
    {
        Assert.Throws<ArgumentException>(() => ArenaAliases.Parse([pair]));
    }

    [Fact]
    public async Task WriterThenReader_RoundTripsEveryField()
    {
        PairwiseVerdict[] verdicts =
        [
            new("0007", "strong", "weak", PairwiseWinner.TieA, "judge:gpt-4o|arena/v1", ShownOrder.BA, "line\nbreak \"quoted\""),
            new("0008", "weak", "strong", PairwiseWinner.Tie, "annotator:ann", ShownOrder.AB),
            new("0009", "weak", "strong", PairwiseWinner.B, "import:x.json", null),
        ];
        var path = folder.File("out/v.jsonl");

        await PairwiseVerdictWriter.WriteAsync(path, verdicts);

        Assert.Equal(verdicts, (await PairwiseVerdictReader.ReadAsync(path)).Verdicts);
        Assert.StartsWith(
            """{"instance":"0007","system_a":"strong","system_b":"weak","winner":"Tie(A)","source":"judge:gpt-4o|arena/v1","shown":"BA","comment":""",
            await File.ReadAllTextAsync(path),
            StringComparison.Ordinal);
    }
}
