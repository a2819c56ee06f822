namespace Weft.Tests.Runs;

public sealed class RunConfigTests
{
    [Fact]
    public void Conflicts_SameSettingsOtherSystemsAndDate_None()
    {
        var run = Some.Config();

        Assert.Empty(run.Conflicts(run with { Systems = ["other"], Created = run.Created.AddDays(1), Benchmark = "elsewhere.jsonl" }));
    }

    [Fact]
    public void Conflicts_EverySettingThatChangesVerdicts_Named()
    {
        var run = Some.Config();

        var conflicts = run.Conflicts(run with
        {
            Temperature = 0.7f,
            PerAspect = true,
            MaxImageSide = 512,
            ImageDetail = "low",
            MaxOutputTokens = 100,
            PromptHash = "other",
            TaskRules = "edit*: text_quality",
        });

        Assert.Equal(7, conflicts.Count);
        Assert.Contains("temperature: the run has '0', this command asks for '0.7'", conflicts);
        Assert.Contains("max image side: the run has '1024', this command asks for '512'", conflicts);
    }
}
