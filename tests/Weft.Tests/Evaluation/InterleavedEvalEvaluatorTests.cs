using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SkiaSharp;
using Weft.Evaluation;
using Weft.Testing;

namespace Weft.Tests.Evaluation;

public sealed class InterleavedEvalEvaluatorTests : IAsyncLifetime
{
    private FakeJudgeServer server = null!;

    public async Task InitializeAsync() => server = await FakeJudgeServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task EvaluateAsync_TextAndTwoImages_OneMetricPerAspectWithReasons()
    {
        var result = await new InterleavedEvalEvaluator().EvaluateAsync(
            [new ChatMessage(ChatRole.User, "Explain how to plant a tree in two steps, with a picture for each.")],
            Response(new TextContent("Dig a hole."), Png(SKColors.SaddleBrown), new TextContent("Plant the tree."), Png(SKColors.ForestGreen)),
            new ChatConfiguration(Judge()));

        Assert.Equal(5, result.Metrics.Count);
        foreach (var name in new[] { "Text quality", "Perceptual quality", "Image coherence", "Text-image coherence", "Helpfulness" })
        {
            var metric = result.Get<NumericMetric>(name);
            Assert.InRange(metric.Value!.Value, 0, 5);
            Assert.False(string.IsNullOrWhiteSpace(metric.Reason));
        }

        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task EvaluateAsync_WithACacheFolder_TheSameQuestionAgainIsAnsweredFromTheStore()
    {
        using var folder = new TempFolder();
        var evaluator = new InterleavedEvalEvaluator(cacheFolder: folder.File("cache"));
        ChatMessage[] question = [new ChatMessage(ChatRole.User, "Explain how to plant a tree in two steps, with a picture for each.")];
        var answer = Response(new TextContent("Dig a hole."), Png(SKColors.SaddleBrown), new TextContent("Plant the tree."), Png(SKColors.ForestGreen));

        var first = await evaluator.EvaluateAsync(question, answer, new ChatConfiguration(Judge()));
        var second = await new InterleavedEvalEvaluator(cacheFolder: folder.File("cache")).EvaluateAsync(question, answer, new ChatConfiguration(Judge()));

        Assert.Equal(1, server.RequestCount);
        Assert.Equal(
            first.Metrics.Values.Select(m => (m.Name, ((NumericMetric)m).Value, m.Reason)),
            second.Metrics.Values.Select(m => (m.Name, ((NumericMetric)m).Value, m.Reason)));
        Assert.DoesNotContain("weft.request", server.Requests[0].Body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_TextOnlyResponse_ImageAspectsHaveNoValue()
    {
        var result = await new InterleavedEvalEvaluator().EvaluateAsync(
            [new ChatMessage(ChatRole.User, "Write a haiku.")],
            Response(new TextContent("Old pond, a frog jumps.")),
            new ChatConfiguration(Judge()));

        foreach (var name in new[] { "Perceptual quality", "Image coherence", "Text-image coherence" })
        {
            var metric = result.Get<NumericMetric>(name);
            Assert.Null(metric.Value);
            Assert.Equal(EvaluationRating.Inconclusive, metric.Interpretation!.Rating);
            Assert.StartsWith("Not applicable", metric.Reason, StringComparison.Ordinal);
        }

        Assert.NotNull(result.Get<NumericMetric>("Helpfulness").Value);
    }

    [Fact]
    public async Task EvaluateAsync_JudgeNeverGivesAValidScore_ErrorDiagnosticAndNoValue()
    {
        server.Responder = FakeResponders.Always(FakeBehavior.Reply("Sorry, I can't rate this."));

        var result = await new InterleavedEvalEvaluator().EvaluateAsync(
            [new ChatMessage(ChatRole.User, "Write a haiku.")],
            Response(new TextContent("Old pond, a frog jumps.")),
            new ChatConfiguration(Judge()));

        var help = result.Get<NumericMetric>("Helpfulness");
        Assert.Null(help.Value);
        Assert.True(help.Interpretation!.Failed);
        Assert.Contains(help.Diagnostics!, d => d.Severity == EvaluationDiagnosticSeverity.Error);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task EvaluateAsync_ImageEditingTask_TextAspectsNotApplicable()
    {
        var result = await new InterleavedEvalEvaluator().EvaluateAsync(
            [new ChatMessage(ChatRole.User, [new TextContent("Make the sky night-time."), Png(SKColors.SkyBlue)])],
            Response(new TextContent("Here you go."), Png(SKColors.MidnightBlue)),
            new ChatConfiguration(Judge()),
            [new InterleavedEvalContext("image-editing")]);

        Assert.Null(result.Get<NumericMetric>("Text quality").Value);
        Assert.NotNull(result.Get<NumericMetric>("Perceptual quality").Value);
    }

    private IChatClient Judge() =>
        new OpenAI.Chat.ChatClient("judge", new ApiKeyCredential("k"), new OpenAI.OpenAIClientOptions { Endpoint = server.OpenAIEndpoint }).AsIChatClient();

    private static ChatResponse Response(params AIContent[] contents) => new(new ChatMessage(ChatRole.Assistant, contents));

    private static DataContent Png(SKColor color) => new(TestImages.Gradient(64, 48, color, SKColors.White), "image/png");
}
