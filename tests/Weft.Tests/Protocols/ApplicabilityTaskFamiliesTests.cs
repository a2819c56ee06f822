using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Protocols;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Protocols;

/// <summary>
/// The default "text aspects are N/A" rule against the task lists of the released benchmarks (PROTOCOLS.md): every
/// image-editing or subject-driven task is caught, and no other task is.
/// </summary>
public sealed class ApplicabilityTaskFamiliesTests
{
    private static readonly AIContent[] TextAndImages = [new TextContent("Step one."), ContentImages.FromFile("/data/a.png"), ContentImages.FromFile("/data/b.png")];

    [Theory]
    [InlineData("Sequential Image Editing")]
    [InlineData("sequential_editing")]
    [InlineData("sequential_image_editing")]
    [InlineData("image_editing")]
    [InlineData("image-editing")]
    [InlineData("ImageEditing")]
    [InlineData("Multi-concept Composition")]
    [InlineData("Multi-concept Composition (subject-driven)")]
    [InlineData("multi_concept_composition")]
    [InlineData("subject_driven_generation")]
    public void InterleavedBench_EditingAndSubjectDrivenNames_AreImageOnly(string task) => Assert.True(IsImageOnly(task), task);

    [Theory]
    [InlineData("Multimodal Script Generation")]
    [InlineData("Document Completion")]
    [InlineData("Activity Generation")]
    [InlineData("Visual Story Completion")]
    [InlineData("Education Content")]
    [InlineData("Marketing Material")]
    [InlineData("Report")]
    [InlineData("Fairytale")]
    [InlineData("report_generation")]
    [InlineData("education_generation")]
    [InlineData("marketing_generation")]
    [InlineData("storytelling_generation")]
    [InlineData("wikihow_next_step")]
    public void InterleavedBench_OtherTasks_ScoreText(string task) => Assert.False(IsImageOnly(task), task);

    [SharedDataFact]
    public void Opening_SubtaskList_ExactlyTheEditingAndCompositionTasksAreImageOnly()
    {
        var subtasks = File.ReadLines(Path.Combine(TestPaths.OpeningData, "test_data.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("subtask_name").GetString()!)
            .Distinct()
            .ToList();

        Assert.Equal(56, subtasks.Count);
        Assert.Equal(
            ["Interactive Graphic Advertisement Editing", "Interactive Landscape Image Editing", "Interactive Multi-concept Image Composition", "Interactive Portrait Image Editing"],
            subtasks.Where(IsImageOnly).Order(StringComparer.Ordinal));
    }

    [SharedDataFact]
    public void Isg_SubcategoriesAndCategories_NoneIsImageOnly()
    {
        using var fewShot = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedData, "isg", "task_few_shot.json")));
        List<string> names =
        [
            .. fewShot.RootElement.EnumerateObject().Select(p => p.Name),
            "Style Transfer", "Style Transer", "Progressive", "3D Scene", "Image Decomposition", "Image-Text Complementation",
            "Temporal Prediction", "Visual Story Telling", "VQA",
        ];

        Assert.Equal(21 + 9, names.Count);
        Assert.Equal([], names.Where(IsImageOnly).ToArray());
    }

    [Theory]
    [InlineData("SA")]
    [InlineData("PBL")]
    [InlineData("MSR")]
    [InlineData("situational_analysis")]
    [InlineData("project_based_learning")]
    [InlineData("multi_step_reasoning")]
    public void Mmie_Categories_ScoreText(string task) => Assert.False(IsImageOnly(task), task);

    [SharedDataFact]
    public void Comm_Tasks_ScoreText()
    {
        var tasks = Directory.GetDirectories(Path.Combine(TestPaths.SharedData, "comm", "example"))
            .Select(folder => Path.GetFileName(folder)["data_id_".Length..])
            .Concat(["image sequence to text", "text to image sequence", "continuation", "question to interleaved output"])
            .ToList();

        Assert.Equal(8, tasks.Count);
        Assert.Equal([], tasks.Where(IsImageOnly).ToArray());
    }

    [Theory]
    [InlineData("credit_report")]
    [InlineData("meditation_guide")]
    [InlineData("text_editing")]
    [InlineData("Document Editing")]
    [InlineData("code-edit")]
    public void WordsThatMerelyContainEditOrEditTextAsks_ScoreText(string task) => Assert.False(IsImageOnly(task), task);

    private static bool IsImageOnly(string task) =>
        !ApplicabilityRules.Default.Decide(task, TextAndImages).Applicable.Contains(Aspect.TextQuality);
}
