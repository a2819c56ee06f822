using Weft.Testing;
using Weft.Tests.Generation;

namespace Weft.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static string Bench => Path.Combine(TestPaths.Samples, "bench.jsonl");

    [Fact]
    public async Task Generate_SampleAgainstFakeServer_ThenEvalJudgesEveryOutput()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var url = server.OpenAIEndpoint.ToString();
        var dir = folder.File("gen");

        var (code, output, error) = await CliRunner.RunAsync(
            "generate", "--bench", Bench, "--system", "pipe", "--planner", "openai:planner", "--planner-url", url, "--images", "openai:painter",
            "--image-size", "64x64", "--run", dir);

        Assert.DoesNotContain("error", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.Equal(0, code);
        Assert.Contains("16 instances: 16 generated, 0 failed", error, StringComparison.Ordinal);
        Assert.Contains("Planner: 16 requests sent", error, StringComparison.Ordinal);
        Assert.Contains($"Images: drawn {server.ImageRequestCount} × 64x64 standard", error, StringComparison.Ordinal);

        server.Reset();
        var (evalCode, _, evalOutput) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", "pipe=" + Path.Combine(dir, "pipe.jsonl"), "--judge", "openai:judge", "--judge-url", url, "--run", folder.File("run"));

        Assert.Equal(0, evalCode);
        Assert.Contains("16 instances × 1 system: 16 outputs, 0 missing outputs, 0 unusable images", evalOutput, StringComparison.Ordinal);
        Assert.Contains("Judged 16, errors 0", evalOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_EndpointSystem_WritesItsReplies()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        server.Responder = _ => FakeBehavior.Reply("Only words here.");

        var (code, _, error) = await CliRunner.RunAsync(
            "generate", "--bench", Bench, "--system", "omni", "--endpoint", server.OpenAIEndpoint.ToString(), "--model", "omni-1", "--run", folder.File("gen"), "--limit", "2");

        Assert.Equal(0, code);
        Assert.Contains("Endpoint: 2 requests sent", error, StringComparison.Ordinal);
        Assert.Equal(2, GenerationHarness.Lines(Path.Combine(folder.File("gen"), "omni.jsonl")).Length);
    }

    [Fact]
    public async Task Generate_PictureQuality_IsAskedOfTheImageModel()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var url = server.OpenAIEndpoint.ToString();

        var (code, _, status) = await CliRunner.RunAsync(
            "generate", "--bench", Bench, "--system", "pipe", "--planner", "openai:planner", "--planner-url", url, "--images", "openai:painter",
            "--image-size", "64x64", "--picture-quality", "hd", "--run", folder.File("gen"), "--limit", "1");

        Assert.Equal(0, code);
        Assert.DoesNotContain("error", status, StringComparison.Ordinal);
        Assert.Contains("× 64x64 hd", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--image-quality", "hd")]
    [InlineData("--embed-quality", "80")]
    public async Task Generate_QualityNamesOfOtherMeanings_AreRefused(string option, string value)
    {
        var (code, _, error) = await CliRunner.RunAsync("generate", "--bench", Bench, "--system", "x", "--run", folder.File("gen"), option, value);

        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--planner", "openai:p", "--planner needs --images")]
    [InlineData("--endpoint", "http://127.0.0.1:9/v1/", "--endpoint needs --model")]
    [InlineData("--images", "openai:i", "--images needs --planner")]
    public async Task Generate_IncompleteSystem_ExitsTwo(string option, string value, string expected)
    {
        var (code, _, error) = await CliRunner.RunAsync("generate", "--bench", Bench, "--system", "x", "--run", folder.File("gen"), option, value);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_BadSystemName_ExitsTwo()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var url = server.OpenAIEndpoint.ToString();

        var (code, _, error) = await CliRunner.RunAsync(
            "generate", "--bench", Bench, "--system", "../evil", "--planner", "openai:p", "--planner-url", url, "--images", "openai:i", "--run", folder.File("gen"));

        Assert.Equal(2, code);
        Assert.Contains("system name '../evil'", error, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
    }

    public void Dispose() => folder.Dispose();
}
