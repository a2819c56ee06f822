using Weft.Benchmarks;
using Weft.Testing;

namespace Weft.Tests.Benchmarks;

public sealed class InterleavedBenchReaderTests : IDisposable
{
    // Shaped like the released interleaved_bench.json: a context-based task (WikiHow next step, with context images
    // and a golden image), a context-free one (report generation), and an editing prompt that starts with an image.
    private const string Fixture = """
        [
          {
            "id": "wikihow_next_step_0_489157",
            "image": ["wikihow/489157_0.jpg", "wikihow/489157_1.jpg", "wikihow/489157_2.jpg"],
            "task_name": "wikihow_next_step",
            "conversations": [
              {"from": "human", "value": "Given the goal and the steps so far, write the next step with an image. <BEGIN> Goal: How to Repot a Plant. Step 1: Water the plant a day before. <image> Step 2: Turn the pot over. <image>"},
              {"from": "gpt", "value": "Step 3: Loosen the roots gently."}
            ],
            "goal": "How to Repot a Plant",
            "category": "Home and Garden",
            "dataset_id": 489157
          },
          {
            "id": "report_generation_12",
            "image": ["report/12_0.jpg", "report/12_1.jpg"],
            "task_name": "report_generation",
            "conversations": [
              {"from": "human", "value": "Write a short illustrated report on urban beekeeping."}
            ]
          },
          {
            "id": "sequential_editing_3",
            "image": ["edit/3_in.jpg"],
            "task_name": "some_future_task",
            "conversations": [{"from": "human", "value": "<image> Make the sky orange."}],
            "annotator": "extra fields are fine"
          },
          {
            "id": "storytelling_generation_7",
            "task_name": "storytelling_generation",
            "conversations": [{"from": "human", "value": "Tell a fairytale about a brave snail."}]
          }
        ]
        """;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ReadAsync_ContextBasedTask_SplitsPromptImagesAndReference()
    {
        var benchmark = await ReadFixtureAsync();

        var instance = benchmark.Instances[0];
        Assert.Equal(("wikihow_next_step_0_489157", "wikihow_next_step"), (instance.Id, instance.Task));
        Assert.Equal("Given the goal and the steps so far, write the next step with an image.", instance.Instruction);
        Assert.Equal(
            [
                "text: Goal: How to Repot a Plant. Step 1: Water the plant a day before.",
                "file: wikihow/489157_0.jpg",
                "text: Step 2: Turn the pot over.",
                "file: wikihow/489157_1.jpg",
            ],
            ContentDump.Of(instance.Input, benchmark.Root));
        Assert.Equal(["text: Step 3: Loosen the roots gently.", "file: wikihow/489157_2.jpg"], ContentDump.Of(instance.Reference, benchmark.Root));
        Assert.Equal(
            new Dictionary<string, string> { ["goal"] = "How to Repot a Plant", ["category"] = "Home and Garden", ["dataset_id"] = "489157" },
            instance.Metadata);
    }

    [Fact]
    public async Task ReadAsync_ContextFreeTask_PromptIsTheInstructionAndImagesTheReference()
    {
        var benchmark = await ReadFixtureAsync();

        var instance = benchmark.Instances[1];
        Assert.Equal("Write a short illustrated report on urban beekeeping.", instance.Instruction);
        Assert.Empty(instance.Input);
        Assert.Equal(["file: report/12_0.jpg", "file: report/12_1.jpg"], ContentDump.Of(instance.Reference, benchmark.Root));
        Assert.Empty(instance.Metadata);
    }

    [Fact]
    public async Task ReadAsync_PromptStartingWithImage_KeepsTheOrderInInput()
    {
        var benchmark = await ReadFixtureAsync();

        var instance = benchmark.Instances[2];
        Assert.Equal("some_future_task", instance.Task);
        Assert.Equal("", instance.Instruction);
        Assert.Equal(["file: edit/3_in.jpg", "text: Make the sky orange."], ContentDump.Of(instance.Input, benchmark.Root));
        Assert.Null(instance.Reference);
    }

    [Fact]
    public async Task ReadAsync_NoImagesAndNoAnswer_HasNoReference()
    {
        var benchmark = await ReadFixtureAsync();

        Assert.Equal(4, benchmark.Instances.Count);
        Assert.Null(benchmark.Instances[3].Reference);
        Assert.Equal("interleavedbench", benchmark.Format);
        Assert.Equal("interleaved_bench", benchmark.Name);
    }

    [Fact]
    public async Task ReadAsync_AnswerWithPlaceholders_InterleavesTheRemainingImages()
    {
        var path = temp.Write("interleaved_bench.json", """
            [{"id": "a", "task_name": "t", "image": ["in.jpg", "out1.jpg", "out2.jpg", "out3.jpg"],
              "conversations": [{"value": "Continue. <BEGIN> <image>"}, {"value": "One <image> Two <image>"}]}]
            """);

        var benchmark = await new InterleavedBenchReader().ReadAsync(path, CancellationToken.None);

        var instance = Assert.Single(benchmark.Instances);
        Assert.Equal(["file: in.jpg"], ContentDump.Of(instance.Input, temp.Path));
        Assert.Equal(["text: One", "file: out1.jpg", "text: Two", "file: out2.jpg", "file: out3.jpg"], ContentDump.Of(instance.Reference, temp.Path));
    }

    [Fact]
    public async Task ReadAsync_BrokenElements_ReportsEachAtItsLine()
    {
        var path = temp.Write("interleaved_bench.json", """
            [
              {
                "id": "a",
                "image": ["a.jpg"],
                "task_name": "t",
                "conversations": [{"value": "Compare <image> and <image>"}]
              },
              {
                "id": "a",
                "image": "b.jpg",
                "conversations": []
              },
              7,
              {
                "id": "c",
                "task_name": "t",
                "image": ["../../c.jpg", 3],
                "conversations": [{"value": "Go"}],
                "goal": {"text": "nested"}
              }
            ]
            """);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new InterleavedBenchReader().ReadAsync(path, CancellationToken.None));

        Assert.Equal(
            ErrorText.Lines(
                $"{path}:6: 0/conversations/0/value: has 2 <image> placeholders but \"image\" lists only 1 images",
                $"{path}:8: 1/task_name: required key is missing",
                $"{path}:10: 1/image: expected an array, found a string",
                $"{path}:11: 1/conversations: is empty; its first item holds the prompt",
                $"{path}:9: 1/id: duplicate id \"a\"; first used by element 0 on line 2",
                $"{path}:13: 2: expected an object, found a number",
                $"{path}:17: 3/image/0: path \"../../c.jpg\" leaves the dataset folder",
                $"{path}:17: 3/image/1: expected a string, found a number",
                $"{path}:19: 3/goal: expected a string or a number, found an object"),
            ErrorText.Of(error));
    }

    [Fact]
    public async Task ReadAsync_NotAnArrayOrNotJson_ReportsWhere()
    {
        var notArray = temp.Write("a.json", """{"id": "x"}""");
        var notJson = temp.Write("b.json", "[\n  {\"id\": \"x\",\n  ]");

        var first = await Assert.ThrowsAsync<DataFormatException>(() => new InterleavedBenchReader().ReadAsync(notArray, CancellationToken.None));
        var second = await Assert.ThrowsAsync<DataFormatException>(() => new InterleavedBenchReader().ReadAsync(notJson, CancellationToken.None));

        Assert.Equal($"{notArray}:1: (root): expected an array, found an object", ErrorText.Of(first));
        Assert.Equal($"{notJson}:3: (json): invalid JSON near column 3", ErrorText.Of(second));
    }

    [Fact]
    public void CanRead_JsonArrayOnly()
    {
        var reader = new InterleavedBenchReader();

        Assert.True(reader.CanRead(temp.Write("x.json", "\uFEFF \n [ ]")));
        Assert.False(reader.CanRead(temp.Write("y.json", "{}")));
        Assert.False(reader.CanRead(temp.Write("z.jsonl", "[]")));
    }

    private Task<Benchmark> ReadFixtureAsync() =>
        new InterleavedBenchReader().ReadAsync(temp.Write("interleaved_bench.json", Fixture), CancellationToken.None);
}
