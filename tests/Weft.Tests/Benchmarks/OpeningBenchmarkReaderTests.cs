using Weft.Benchmarks;
using Weft.Content;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Benchmarks;

public sealed class OpeningBenchmarkReaderTests
{
    private static readonly string TestData = Path.Combine(TestPaths.OpeningData, "test_data.jsonl");
    private static readonly Lazy<Task<Benchmark>> Real = new(() => new OpeningBenchmarkReader().ReadAsync(TestData, CancellationToken.None));

    [SharedDataFact]
    public async Task ReadAsync_RealTestData_ReadsEveryInstanceAndTask()
    {
        var benchmark = await Real.Value;

        Assert.Equal(2160, benchmark.Instances.Count);
        Assert.Equal(56, benchmark.Instances.Select(i => i.Task).Distinct().Count());
        Assert.Equal(2160, benchmark.Instances.Select(i => i.Id).Distinct().Count());
        Assert.Equal("opening", benchmark.Format);
        Assert.Equal(TestPaths.OpeningData, benchmark.Root);
        Assert.All(benchmark.Instances, i => Assert.DoesNotContain("<BEGIN>", i.Instruction, StringComparison.Ordinal));
        Assert.All(benchmark.Instances, i => Assert.False(string.IsNullOrWhiteSpace(i.Instruction)));
    }

    [SharedDataFact]
    public async Task ReadAsync_InstructionAfterBegin_IsNotRepeatedInInput()
    {
        var instance = (await Real.Value).Instances.Single(i => i.Id == "1502046");

        Assert.Equal("Academic Scenarios Brainstorming", instance.Task);
        Assert.Equal(
            "Given the basic framework of a large language model, how could add a multimodal understanding ability to it? Please show a schematic diagram.",
            instance.Instruction);
        Assert.Equal(["file: images/Academic Scenarios Brainstorming/46-i-1.jpg"], ContentDump.Of(instance.Input, TestPaths.OpeningData));
        var reference = ContentDump.Of(instance.Reference, TestPaths.OpeningData);
        Assert.Equal(2, reference.Length);
        Assert.StartsWith("text: As illustrated in the image, to add multimodal understanding", reference[0], StringComparison.Ordinal);
        Assert.EndsWith("to both text and visual inputs effectively.", reference[0], StringComparison.Ordinal);
        Assert.Equal("file: images/Academic Scenarios Brainstorming/46-o-1.jpg", reference[1]);
        Assert.Equal("15", instance.Metadata["meta_task_id"]);
        Assert.Equal("Multimodal Brainstorming", instance.Metadata["meta_task_name"]);
        Assert.Equal("2", instance.Metadata["subtask_id"]);
        Assert.Equal("46", instance.Metadata["data_id"]);
        Assert.Equal("1502046", instance.Metadata["total_uid"]);
        Assert.Equal("Academic Scenarios Brainstorming", instance.Metadata["subtask_name"]);
    }

    [SharedDataFact]
    public async Task ReadAsync_TextBeforeBegin_IsTheInstructionAndTheRestIsInput()
    {
        var instance = (await Real.Value).Instances.Single(i => i.Id == "1802059");

        Assert.Equal(
            "You are a funny chatbot that responds to my small talk. Please output meme images to interact with me and chat with me.",
            instance.Instruction);
        Assert.Equal(
            ["text: I made a mistake. I'm sorry.", "file: images/Chat with Memes/59-i-1.jpg"],
            ContentDump.Of(instance.Input, TestPaths.OpeningData));
        Assert.Equal(
            ["text: No, your apology is too perfunctory. You need to show some sincerity.", "file: images/Chat with Memes/59-o-1.jpg"],
            ContentDump.Of(instance.Reference, TestPaths.OpeningData));
    }

    [SharedDataFact]
    public async Task ReadAsync_SeveralInputSteps_InterleavesTextThenImageOfEachStep()
    {
        var instance = (await Real.Value).Instances.Single(i => i.Id == "0301096");

        Assert.Equal("Please complete the subsequent parts of the story with images and text based on the given opening parts.", instance.Instruction);
        var input = ContentDump.Of(instance.Input, TestPaths.OpeningData);
        Assert.Equal(6, input.Length);
        Assert.StartsWith("text: One evening, Curious George", input[0], StringComparison.Ordinal);
        Assert.EndsWith("everything was peaceful.", input[0], StringComparison.Ordinal);
        Assert.Equal("file: images/Storybook Completion/96-i-1.jpg", input[1]);
        Assert.StartsWith("text: Suddenly, George heard", input[2], StringComparison.Ordinal);
        Assert.Equal("file: images/Storybook Completion/96-i-2.jpg", input[3]);
        Assert.Equal("file: images/Storybook Completion/96-i-3.jpg", input[5]);
    }

    [SharedDataFact]
    public async Task ReadAsync_StepWithoutImage_GivesTextOnly()
    {
        var instance = (await Real.Value).Instances.Single(i => i.Id == "1502010");

        Assert.Empty(instance.Input);
        Assert.Equal(["file: images/Academic Scenarios Brainstorming/10-o-1.jpg"], ContentDump.Of(instance.Reference, TestPaths.OpeningData).Skip(1));
        Assert.True(ContentDump.AllImagesAreUnknownType(instance.Reference!));
    }

    [SharedDataFact]
    public async Task ReadAsync_NoTextLeftInAnyBlock_HasNoMarkers()
    {
        var benchmark = await Real.Value;

        var texts = benchmark.Instances
            .SelectMany(i => i.Input.Concat(i.Reference!))
            .OfType<Microsoft.Extensions.AI.TextContent>()
            .Select(t => t.Text)
            .ToList();
        Assert.All(texts, t => Assert.DoesNotContain("<image>", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.Equal(6982, benchmark.Instances.Sum(i => ContentImages.CountImages(i.Input) + ContentImages.CountImages(i.Reference!)));
    }

    [SharedDataFact]
    public void CanRead_RealTestDataAndOtherFiles_TellsThemApart()
    {
        using var temp = new TempFolder();
        var reader = new OpeningBenchmarkReader();

        Assert.True(reader.CanRead(TestData));
        Assert.False(reader.CanRead(temp.Write("weft.jsonl", """{"id": "a", "task": "t", "instruction": "x"}""")));
        Assert.False(reader.CanRead(temp.File("missing.jsonl")));
    }
}
