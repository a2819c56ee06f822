using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Protocols;

namespace Weft.Tests.Protocols;

public sealed class ApplicabilityRulesTests
{
    private static readonly AIContent Image = ContentImages.FromFile("/data/a.png");
    private static readonly AIContent Text = new TextContent("Step one: dig a hole.");

    [Fact]
    public void Decide_TextAndTwoImages_EverythingApplies()
    {
        var result = ApplicabilityRules.Default.Decide("how-to", [Text, Image, Text, Image]);

        Assert.Equal(Aspects.All, result.Applicable);
        Assert.Empty(result.NotApplicable);
    }

    [Fact]
    public void Decide_NoImage_ImageAspectsAreNotApplicable()
    {
        var result = ApplicabilityRules.Default.Decide("how-to", [Text]);

        Assert.Equal([Aspect.TextQuality, Aspect.Helpfulness], result.Applicable);
        Assert.Equal([Aspect.PerceptualQuality, Aspect.ImageCoherence, Aspect.TextImageCoherence], result.NotApplicable.Select(v => v.Aspect));
        Assert.All(result.NotApplicable, v => Assert.Equal((VerdictStatus.NotApplicable, (int?)null), (v.Status, v.Score)));
    }

    [Fact]
    public void Decide_OneImage_OnlyImageCoherenceIsNotApplicable()
    {
        var result = ApplicabilityRules.Default.Decide("how-to", [Text, Image]);

        var excluded = Assert.Single(result.NotApplicable);
        Assert.Equal(Aspect.ImageCoherence, excluded.Aspect);
        Assert.Contains("only one image", excluded.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoText_TextAspectsAreNotApplicable()
    {
        var result = ApplicabilityRules.Default.Decide("story", [Image, Image, new TextContent("   ")]);

        Assert.Equal([Aspect.PerceptualQuality, Aspect.ImageCoherence, Aspect.Helpfulness], result.Applicable);
    }

    [Fact]
    public void Decide_EmptyOutput_OnlyHelpfulnessApplies()
    {
        var result = ApplicabilityRules.Default.Decide("story", []);

        Assert.Equal([Aspect.Helpfulness], result.Applicable);
    }

    [Theory]
    [InlineData("image-editing")]
    [InlineData("Sequential Image Editing")]
    [InlineData("sequential_image_editing")]
    [InlineData("Multi-concept Composition")]
    [InlineData("subject_driven_generation")]
    public void Decide_ImageOnlyTasks_TextAspectsNotScoredEvenWithText(string task)
    {
        var result = ApplicabilityRules.Default.Decide(task, [Text, Image, Image]);

        Assert.Equal([Aspect.PerceptualQuality, Aspect.ImageCoherence, Aspect.Helpfulness], result.Applicable);
        Assert.All(result.NotApplicable, v => Assert.Contains("image-editing and subject-driven", v.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_ConfiguredTask_OverridesTheDefaultRule()
    {
        var rules = new ApplicabilityRules([new TaskAspectRule("image-edit*", []), new TaskAspectRule("report*", [Aspect.ImageCoherence])]);

        Assert.Equal(Aspects.All, rules.Decide("IMAGE-EDITING", [Text, Image, Image]).Applicable);
        Assert.DoesNotContain(Aspect.ImageCoherence, rules.Decide("report_generation", [Text, Image, Image]).Applicable);
    }
}
