using Weft.Annotations;
using Weft.Arena;
using Weft.Protocols;
using Weft.Testing;

namespace Weft.Tests.Cli;

public sealed class AnnotationsCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Annotators_AddListRevoke_TokenPrintedOnceAndRevocable()
    {
        var run = await SampleRunAsync();

        var (code, output, _) = await CliRunner.RunAsync("annotators", "add", "alice", "--run", run);
        var token = output.Split('\n')[1].Trim();
        var (_, list, _) = await CliRunner.RunAsync("annotators", "list", "--run", run);
        var (revoked, _, _) = await CliRunner.RunAsync("annotators", "revoke", "alice", "--run", run);
        var (unknown, _, error) = await CliRunner.RunAsync("annotators", "revoke", "nobody", "--run", run);

        Assert.Equal(0, code);
        Assert.Equal(43, token.Length);
        Assert.Contains("alice", list, StringComparison.Ordinal);
        Assert.Equal(0, revoked);
        using (var store = await SqliteAnnotationStore.OpenAsync(run))
        {
            Assert.Null(await store.AuthenticateAsync(token));
        }

        Assert.Equal(2, unknown);
        Assert.Contains("no annotator named 'nobody'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annotators_RevokeThenAdd_NewTokenOldRefusedRatingsKept()
    {
        var run = await SampleRunAsync();
        var (_, first, _) = await CliRunner.RunAsync("annotators", "add", "alice", "--run", run);
        var old = first.Split('\n')[1].Trim();
        using (var store = await SqliteAnnotationStore.OpenAsync(run))
        {
            await store.SaveRatingsAsync("alice", "how-to-01", "strong", [("text_quality", 2)], null, DateTimeOffset.UnixEpoch);
        }

        await CliRunner.RunAsync("annotators", "revoke", "alice", "--run", run);
        var (code, again, error) = await CliRunner.RunAsync("annotators", "add", "alice", "--run", run);
        var (active, _, taken) = await CliRunner.RunAsync("annotators", "add", "alice", "--run", run);

        Assert.True(code == 0, error);
        Assert.Contains("Invited 'alice' again", again, StringComparison.Ordinal);
        var lines = again.Split('\n', StringSplitOptions.TrimEntries);
        var renewed = lines[Array.FindIndex(lines, line => line.EndsWith("recovered):", StringComparison.Ordinal)) + 1];
        Assert.Equal(2, active);
        Assert.Contains("revoke the old one first", taken, StringComparison.Ordinal);
        using (var store = await SqliteAnnotationStore.OpenAsync(run))
        {
            Assert.Equal("alice", await store.AuthenticateAsync(renewed));
            Assert.Null(await store.AuthenticateAsync(old));
            Assert.Equal(2, Assert.Single(await store.ReadRatingsAsync("alice")).Score);
        }
    }

    [Fact]
    public async Task Export_RatingsCsvAndPairwiseJsonl_SharedFormats()
    {
        var run = await SampleRunAsync();
        using (var store = await SqliteAnnotationStore.OpenAsync(run))
        {
            await store.AddAnnotatorAsync("alice", DateTimeOffset.UnixEpoch);
            await store.SaveRatingsAsync("alice", "how-to-01", "strong", [("text_quality", 3), ("helpfulness", null)], "good, clear", DateTimeOffset.UnixEpoch);
            await store.SaveVerdictAsync("alice", new PairwiseVerdict("how-to-01", "strong", "weak", PairwiseWinner.TieB, "annotator:alice", ShownOrder.BA), DateTimeOffset.UnixEpoch);
        }

        var csv = folder.File("out/ratings.csv");
        var jsonl = folder.File("out/pairwise.jsonl");
        var (ratingsCode, _, _) = await CliRunner.RunAsync("annotations", "export", "--run", run, "--kind", "ratings", "--out", csv);
        var (pairwiseCode, _, _) = await CliRunner.RunAsync("annotations", "export", "--run", run, "--kind", "pairwise", "--out", jsonl);

        Assert.Equal((0, 0), (ratingsCode, pairwiseCode));
        Assert.Equal(
            "instance,system,aspect,rater,score,comment\r\nhow-to-01,strong,text_quality,alice,3,\"good, clear\"\r\nhow-to-01,strong,helpfulness,alice,,\"good, clear\"\r\n",
            File.ReadAllText(csv));
        Assert.Equal(
            "{\"instance\":\"how-to-01\",\"system_a\":\"strong\",\"system_b\":\"weak\",\"winner\":\"Tie(B)\",\"source\":\"annotator:alice\",\"shown\":\"BA\"}\n",
            File.ReadAllText(jsonl));
    }

    [Fact]
    public async Task Serve_BadScale_ExitsTwo()
    {
        var run = await SampleRunAsync();

        var (code, _, error) = await CliRunner.RunAsync("serve", "--run", run, "--scale", "3-1");

        Assert.Equal(2, code);
        Assert.Contains("--scale", error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private async Task<string> SampleRunAsync()
    {
        var run = folder.File("run");
        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", Path.Combine(TestPaths.Samples, "bench.jsonl"), "--system", "strong=" + Path.Combine(TestPaths.Samples, "outputs", "strong.jsonl"),
            "--system", "weak=" + Path.Combine(TestPaths.Samples, "outputs", "weak.jsonl"), "--run", run);
        Assert.True(code == 0, error);
        return run;
    }
}
