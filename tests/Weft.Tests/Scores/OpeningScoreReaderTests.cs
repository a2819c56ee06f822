using Weft.Benchmarks;
using Weft.Scores;
using Weft.Testing;

namespace Weft.Tests.Scores;

public sealed class OpeningScoreReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task ReadAsync_NewerLayout_InstanceIdModelNameOnlyAndWrappedScores()
    {
        // The layout of OpenING's gpt-score_results_new.json: instance_id, a model with a name and no id, and the scores
        // sometimes wrapped in one more "scores" object.
        var path = Write("""
            [
              {"instance_id": "0302005", "model": {"name": "GPT-4o+DALL-E3"}, "score": {"Correctness": {"Score": 10, "Justification": "ok"}}},
              {"instance_id": "0301096", "model": {"name": "GPT-4o+DALL-E3"}, "score": {"scores": {"Correctness": {"Score": 9, "Justification": "ok"}, "Content Richness": {"Score": 8, "Justification": "ok"}}}},
              {"data_id": "0301096", "model": {"id": "3", "name": "Show-o"}, "score": {"Correctness": {"Score": 4, "Justification": "old layout"}}}
            ]
            """);

        var rows = await OpeningScoreReader.ReadAsync(path);

        Assert.Equal(21, rows.Count);
        Assert.Equal(10, rows.Single(r => r.InstanceId == "0302005" && r.Criterion == "Correctness").Score);
        var wrapped = rows.Where(r => r.InstanceId == "0301096" && r.System == "GPT-4o+DALL-E3").ToList();
        Assert.Equal(9, wrapped.Single(r => r.Criterion == "Correctness").Score);
        Assert.Equal(8, wrapped.Single(r => r.Criterion == "Content Richness").Score);
        Assert.Equal(5, wrapped.Count(r => r.Problem == "missing"));
        Assert.Equal(4, rows.Single(r => r.System == "Show-o" && r.Criterion == "Correctness").Score);
    }

    [Fact]
    public async Task ReadAsync_NoInstanceField_NamesFileLineIndexAndBothFieldNames()
    {
        var path = Write("""
            [
              {"instance_id": "1", "model": {"name": "a"}, "score": {}},
              {"model": {"name": "a"}, "score": {}},
              {"data_id": "3", "instance_id": "4", "model": {"name": "a"}, "score": {}}
            ]
            """);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => OpeningScoreReader.ReadAsync(path));

        Assert.Equal(
            [
                $"{path}:3: 1/data_id: missing: give data_id (or instance_id, as in OpenING's newer files) as a string",
                $"{path}:4: 2/instance_id: \"4\" disagrees with data_id \"3\"",
            ],
            error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task ReadAsync_SameInstanceAndSystemTwice_ErrorNamingBothPlaces()
    {
        var path = Write("""
            [
              {"data_id": "1", "model": {"id": "1", "name": "GILL"}, "score": {"Correctness": {"Score": 3}}},
              {"data_id": "2", "model": {"id": "1", "name": "GILL"}, "score": {"Correctness": {"Score": 4}}},
              {"instance_id": "1", "model": {"name": "gill"}, "score": {"Correctness": {"Score": 9}}}
            ]
            """);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => OpeningScoreReader.ReadAsync(path));

        Assert.Equal(
            $"{path}:4: 2/instance_id: duplicate item: instance \"1\" of system \"gill\" is already scored at index 0 (line 2); keep one item per instance and system",
            Assert.Single(error.Errors).ToString());
    }

    private string Write(string text)
    {
        var path = folder.File("scores.json");
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => folder.Dispose();
}
