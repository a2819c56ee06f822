using System.Text.Json;
using Weft.Testing;
using Weft.Tests.Runs;

namespace Weft.Tests.Cli;

/// <summary>
/// Run folders made by an earlier Weft (tests/Weft.Tests/Fixtures/sample-run-v1 and opening-run-v1, see their READMEs) must resume without
/// a single request: a change to what a request holds, to its key, to an output's content hash or to the reading of
/// stored rows and replies fails here.
/// </summary>
public sealed class OldRunFixtureTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static string Fixture => Path.Combine(TestPaths.RepoRoot, "tests", "Weft.Tests", "Fixtures", "sample-run-v1");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Eval_ResumingTheOldRun_SendsNoRequestAndReportsTheStoredNumbers(bool forgetVerdicts)
    {
        var run = folder.File("run");
        Directory.CreateDirectory(run);
        foreach (var file in Directory.GetFiles(Path.Combine(Fixture, "run")))
        {
            File.Copy(file, Path.Combine(run, Path.GetFileName(file)));
        }

        if (forgetVerdicts)
        {
            // Finished outputs are skipped without building their requests; with their verdicts gone every request is
            // built again and must find its stored reply under the same key, and parse to the same verdicts.
            StoreFile.Execute(run, "DELETE FROM items; DELETE FROM verdicts;");
        }

        await using var server = await FakeJudgeServer.StartAsync();

        // The settings the fixture was made with (make.cs), with this checkout's paths.
        var (code, output, error) = await CliRunner.RunAsync(
            "eval", "--bench", SampleArgs.Bench, "--system", SampleArgs.Strong, "--system", SampleArgs.Weak, "--limit", "13",
            "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(), "--run", run, "--format", "json");

        Assert.True(code == 0, error);
        Assert.Equal(0, server.RequestCount);
        Assert.Contains(
            $"Judged 24, errors 0, not finished 0; this run sent 0 requests and answered {(forgetVerdicts ? 24 : 0)} from the store",
            error.ReplaceLineEndings(" "),
            StringComparison.Ordinal);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixture, "expected-report.json")));
        using var actual = JsonDocument.Parse(output);
        AssertSame(expected.RootElement, actual.RootElement, "$");
    }

    [Fact]
    public async Task Eval_ResumingAnOldOpeningScoreRun_SendsNoRequestAndWritesTheSameScores()
    {
        var fixture = Path.Combine(TestPaths.RepoRoot, "tests", "Weft.Tests", "Fixtures", "opening-run-v1", "run");
        var run = folder.File("opening");
        Directory.CreateDirectory(run);
        foreach (var file in Directory.GetFiles(fixture).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(run, Path.GetFileName(file)));
        }

        await using var server = await FakeJudgeServer.StartAsync();
        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", SampleArgs.Bench, "--system", SampleArgs.Strong, "--system", SampleArgs.Weak, "--limit", "13",
            "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(), "--run", run, "--protocol", "opening-score");

        Assert.True(code == 0, error);
        Assert.Equal(0, server.RequestCount);
        Assert.Contains("Scored 24, errors 0, not finished 0; this run sent 0 requests", error.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(fixture, "opening-scores.json")),
            await File.ReadAllTextAsync(Path.Combine(run, "opening-scores.json")));
    }

    // The same document; numbers equal to 12 significant digits: the interval bounds come from special functions whose
    // last bits may move with the numerics library, while every count, mean and verdict must stay exactly as stored.
    private static void AssertSame(JsonElement expected, JsonElement actual, string path)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: {expected.ValueKind} became {actual.ValueKind}");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(expected.EnumerateObject().Select(p => p.Name), actual.EnumerateObject().Select(p => p.Name));
                foreach (var property in expected.EnumerateObject())
                {
                    AssertSame(property.Value, actual.GetProperty(property.Name), $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertSame(expected[i], actual[i], $"{path}[{i}]");
                }

                break;
            case JsonValueKind.Number:
                var (e, a) = (expected.GetDouble(), actual.GetDouble());
                Assert.True(Math.Abs(e - a) <= 1e-12 * Math.Max(1, Math.Abs(e)), $"{path}: {e} became {a}");
                break;
            default:
                Assert.Equal(expected.GetRawText(), actual.GetRawText());
                break;
        }
    }
}
