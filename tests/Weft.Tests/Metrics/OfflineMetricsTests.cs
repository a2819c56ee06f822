using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;
using Weft.Metrics;

namespace Weft.Tests.Metrics;

public sealed class OfflineMetricsTests
{
    private static readonly Dictionary<string, string> NoMetadata = [];

    private static UriContent Image(string name) => ContentImages.FromFile(Path.Combine(Path.GetTempPath(), "weft-metrics", name));

    private static Instance Instance(string instruction, IReadOnlyList<AIContent>? reference = null) =>
        new("1", "Storybook", instruction, [], reference, NoMetadata);

    private static SystemOutput Output(params AIContent[] content) => new("sys", "1", content);

    private static Dictionary<string, double> Compute(Instance instance, SystemOutput output, IReadOnlyDictionary<string, ImageFacts> facts) =>
        OfflineMetrics.Compute(instance, output, facts).ToDictionary(v => v.Name, v => v.Value);

    [Fact]
    public void Compute_WithReference_GivesEveryMetric()
    {
        var facts = new Dictionary<string, ImageFacts>
        {
            [ContentImages.Key(Image("1"))] = new("s1", "image/png", 10, 10, 0xFFFF0000FFFF0000, 120, 30),
            [ContentImages.Key(Image("2"))] = new("s1", "image/png", 10, 10, 0xFFFF0000FFFF0000, 120, 30),
        };
        var reference = new AIContent[] { new TextContent("Once"), Image("r1"), new TextContent("then"), Image("r2"), Image("r3") };
        var output = Output(new TextContent("The cat sat."), new TextContent("The cat sat."), Image("1"), new TextContent("End"), Image("2"));

        var values = Compute(Instance("Tell a story."), output, facts);
        var withReference = Compute(Instance("Tell a story.", reference), output, facts);

        Assert.DoesNotContain("structure.expected_images", values.Keys);
        Assert.Equal(3, withReference["structure.text_blocks"]);
        Assert.Equal(2, withReference["structure.image_blocks"]);
        Assert.Equal(3, withReference["structure.expected_images"]);
        Assert.Equal(1 - (1.0 / 3), withReference["structure.image_count_match"], precision: 12);
        Assert.Equal(1 - (1.0 / 5), withReference["structure.order_similarity"], precision: 12); // TITI vs TITII
        Assert.Equal(0, withReference["images.undecodable"]);
        Assert.Equal(0, withReference["images.blank"]);
        Assert.Equal(1, withReference["images.exact_duplicates"]);
        Assert.Equal(0, withReference["images.near_duplicates"]);
        Assert.Equal(0.5, withReference["images.ok_fraction"]);
        Assert.Equal(7, withReference["text.words"]);
        Assert.Equal(27, withReference["text.chars"]);
        Assert.Equal(1.0 / 5, withReference["text.repetition"], precision: 12);
    }

    [Fact]
    public void Compute_InstructionAskingForImages_GivesExpectedAndMatchWithoutOrder()
    {
        var values = Compute(Instance("Generate 4 images of a garden."), Output(Image("x"), Image("y")), new Dictionary<string, ImageFacts>());

        Assert.Equal(4, values["structure.expected_images"]);
        Assert.Equal(0.5, values["structure.image_count_match"]);
        Assert.DoesNotContain("structure.order_similarity", values.Keys);
        Assert.Equal(2, values["images.undecodable"]); // images without facts count as undecodable
        Assert.Equal(0, values["images.ok_fraction"]);
    }

    [Fact]
    public void Compute_ReferenceAndOutputWithoutImages_MatchIsOneAndNoOkFraction()
    {
        var values = Compute(Instance("Write.", [new TextContent("ref")]), Output(new TextContent("hi")), new Dictionary<string, ImageFacts>());

        Assert.Equal(0, values["structure.expected_images"]);
        Assert.Equal(1, values["structure.image_count_match"]);
        Assert.Equal(1, values["structure.order_similarity"]);
        Assert.DoesNotContain("images.ok_fraction", values.Keys);
        Assert.DoesNotContain("text.repetition", values.Keys);
    }

    [Fact]
    public void Compute_ReturnsValuesInNamesOrder()
    {
        var names = OfflineMetrics.Compute(
            Instance("Draw 2 pictures.", [Image("r")]), Output(new TextContent("a b c d"), Image("x")), new Dictionary<string, ImageFacts>())
            .Select(v => v.Name)
            .ToList();

        Assert.Equal(OfflineMetrics.Names, names); // every metric applies here
    }

    [Fact]
    public void Names_AreTheDocumentedFileFormatNames()
    {
        Assert.Equal(
            [
                "structure.text_blocks", "structure.image_blocks", "structure.expected_images", "structure.image_count_match",
                "structure.order_similarity", "images.undecodable", "images.blank", "images.exact_duplicates",
                "images.near_duplicates", "images.ok_fraction", "text.words", "text.chars", "text.repetition",
            ],
            OfflineMetrics.Names);
    }

    [Fact]
    public void Describe_EveryName_HasADistinctOneLineDescription()
    {
        var descriptions = OfflineMetrics.Names.Select(OfflineMetrics.Describe).ToList();

        Assert.All(descriptions, d => Assert.False(string.IsNullOrWhiteSpace(d) || d.Contains('\n', StringComparison.Ordinal)));
        Assert.Equal(descriptions.Count, descriptions.Distinct().Count());
    }

    [Fact]
    public void Describe_UnknownName_Throws()
    {
        Assert.Throws<ArgumentException>(() => OfflineMetrics.Describe("images.sharpness"));
    }
}
