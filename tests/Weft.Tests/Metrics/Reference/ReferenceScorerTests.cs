using Microsoft.Extensions.AI;
using SkiaSharp;
using Weft.Content;
using Weft.Images;
using Weft.Metrics.Reference;
using Weft.Testing;

namespace Weft.Tests.Metrics.Reference;

public sealed class ReferenceScorerTests : IDisposable
{
    private static readonly ReferenceMetric[] All = [ReferenceMetric.Bleu, ReferenceMetric.RougeL, ReferenceMetric.Ssim, ReferenceMetric.Phash];
    private readonly TempFolder folder = new();
    private readonly ImageLoader loader = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Score_SameImageAndText_GivesOnesAndCountsTheUnpairedImage()
    {
        var gradient = Image("g.png", TestImages.Gradient(80, 60, SKColors.Navy, SKColors.Orange));
        var copy = Image("copy.png", TestImages.Gradient(80, 60, SKColors.Navy, SKColors.Orange));
        var instance = Instance([new TextContent("Plant the tree."), gradient, new TextContent("Water it."), Image("extra.png", TestImages.Png(20, 20, SKColors.Red))]);
        var output = Output(new TextContent("Plant the tree."), copy, new TextContent("Water it."));

        var (values, tally) = await ScoreAsync(instance, output, All);

        Assert.Equal(["ref.bleu4", "ref.rougeL", "ref.ssim", "ref.phash"], values.Select(v => v.Name));
        Assert.All(values, v => Assert.Equal(1.0, v.Value, 12));
        Assert.Equal(ReferenceTally.Zero with { Measured = 1, UnpairedImages = 1 }, tally);
    }

    [Fact]
    public async Task Score_BlackAgainstWhiteOfOtherSizes_ResizesAndGivesLuminanceTerm()
    {
        const double c1 = 0.01 * 255 * 0.01 * 255;
        var instance = Instance([Image("white.png", TestImages.Png(64, 40, SKColors.White))]);
        var output = Output(Image("black.png", TestImages.Png(300, 200, SKColors.Black)));

        var (values, _) = await ScoreAsync(instance, output, [ReferenceMetric.Ssim]);

        Assert.Equal(c1 / ((255.0 * 255) + c1), Assert.Single(values).Value, 9);
    }

    [Fact]
    public async Task Score_ReferenceWithoutTextAndOutputWithoutImages_GivesNothingAndCountsBoth()
    {
        var instance = Instance([Image("r.png", TestImages.Png(20, 20, SKColors.Red))]);
        var output = Output(new TextContent("Only words."));

        var (values, tally) = await ScoreAsync(instance, output, All);

        Assert.Empty(values);
        Assert.Equal(ReferenceTally.Zero with { Measured = 1, NoReferenceText = 1, NoImagePairs = 1 }, tally);
    }

    [Fact]
    public async Task Score_OutputWithoutText_ScoresZeroForText()
    {
        var instance = Instance([new TextContent("Some reference words.")]);

        var (values, _) = await ScoreAsync(instance, Output(), [ReferenceMetric.Bleu, ReferenceMetric.RougeL]);

        Assert.Equal([0.0, 0.0], values.Select(v => v.Value));
    }

    [Fact]
    public async Task Score_UndecodableOutputImage_SkipsThePairAndAveragesTheRest()
    {
        var red = TestImages.Png(30, 30, SKColors.Red);
        var broken = ContentImages.FromFile(folder.Write("broken.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]));
        var instance = Instance([Image("r1.png", red), Image("r2.png", red)]);
        var output = Output(broken, Image("o2.png", red));

        var (values, tally) = await ScoreAsync(instance, output, [ReferenceMetric.Ssim, ReferenceMetric.Phash]);

        Assert.Equal([1.0, 1.0], values.Select(v => Math.Round(v.Value, 12)));
        Assert.Equal(1, tally.UnusablePairs);
    }

    [Fact]
    public async Task Score_UndecodableReferenceImage_SkipsThePairLikeAnUnusableOutputImage()
    {
        var red = TestImages.Png(30, 30, SKColors.Red);
        var broken = ContentImages.FromFile(folder.Write("broken-ref.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]));
        var instance = Instance([broken, Image("r2.png", red)]);
        var output = Output(Image("o1.png", red), Image("o2.png", red));

        var (values, tally) = await ScoreAsync(instance, output, [ReferenceMetric.Ssim, ReferenceMetric.Phash]);

        Assert.Equal([1.0, 1.0], values.Select(v => Math.Round(v.Value, 12)));
        Assert.Equal(1, tally.UnusablePairs);
    }

    private async Task<(IReadOnlyList<Weft.Metrics.MetricValue> Values, ReferenceTally Tally)> ScoreAsync(Instance instance, SystemOutput output, ReferenceMetric[] metrics)
    {
        var facts = new Dictionary<string, ImageFacts>();
        foreach (var image in output.Content.Concat(instance.Reference ?? []).Where(ContentImages.IsImage))
        {
            try
            {
                facts[ContentImages.Key(image)] = ImageAnalyzer.Analyze(await loader.LoadAsync(image, CancellationToken.None));
            }
            catch (ImageLoadException)
            {
                // Unusable images have no facts, as after the run's image check.
            }
        }

        var scorer = new ReferenceScorer(loader, metrics);
        return await scorer.ScoreAsync(new ReferenceMaterial(instance, loader), output, metrics, facts, CancellationToken.None);
    }

    private UriContent Image(string name, byte[] bytes) => ContentImages.FromFile(folder.Write(name, bytes));

    private static Instance Instance(IReadOnlyList<AIContent> reference) => new("1", "task", "Do it.", [], reference, new Dictionary<string, string>());

    private static SystemOutput Output(params AIContent[] content) => new("sys", "1", content);
}
