using Weft.Benchmarks;
using Weft.Testing;

namespace Weft.Tests.Benchmarks;

public sealed class OpeningBenchmarkReaderErrorTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ReadAsync_ManyBrokenLines_ReportsEveryProblemWithFileLineAndField()
    {
        var path = temp.Write("test_data.jsonl", string.Join('\n',
            Line("0101001"),
            Line("0101002").Replace("\"meta_task_name\": \"Meta\", ", "", StringComparison.Ordinal),
            "{\"total_uid\": \"0101003\", oops}",
            Line("0101004").Replace("\"data_id\": \"4\"", "\"data_id\": 4", StringComparison.Ordinal),
            Line("0101001"),
            Line("0101006", image: "\"../../etc/passwd\""),
            Line("0101007", image: "\"/etc/passwd\""),
            Line("0101008", firstText: "No marker here"),
            """{"total_uid": "0101009", "meta_task_id": "1", "meta_task_name": "Meta", "subtask_id": "1", "subtask_name": "Sub", "data_id": "9", "conversations": [{"input": []}]}""",
            "[1, 2]"));

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new OpeningBenchmarkReader().ReadAsync(path, CancellationToken.None));

        Assert.Equal(
            ErrorText.Lines(
                $"{path}:2: meta_task_name: required key is missing",
                $"{path}:3: (json): invalid JSON near column 26",
                $"{path}:4: data_id: expected a string, found a number",
                $"{path}:5: total_uid: duplicate id \"0101001\"; first used on line 1",
                $"{path}:6: conversations/0/input/0/image: path \"../../etc/passwd\" leaves the dataset folder",
                $"{path}:7: conversations/0/input/0/image: absolute path \"/etc/passwd\" is not allowed; paths are relative to the dataset folder",
                $"{path}:8: conversations/0/input/0/text: has no <BEGIN> marker after the instruction",
                $"{path}:9: conversations: expected 2 items (the input, then the output), found 1",
                $"{path}:10: (root): expected an object, found an array"),
            ErrorText.Of(error));
    }

    [Fact]
    public async Task ReadAsync_RelativePathGiven_ErrorsNameTheFileAsGiven()
    {
        temp.Write("data/test_data.jsonl", Line("0101001", image: "5"));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, temp.File("data/test_data.jsonl"));

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new OpeningBenchmarkReader().ReadAsync(relative, CancellationToken.None));

        Assert.Equal($"{relative}:1: conversations/0/input/0/image: expected a string, found a number", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public async Task ReadAsync_BadSteps_ReportsEachStep()
    {
        var path = temp.Write("test_data.jsonl",
            """{"total_uid": "1", "meta_task_id": "1", "meta_task_name": "M", "subtask_id": "1", "subtask_name": "S", "data_id": "1", "conversations": [{"input": [{"image": null, "text": "<BEGIN> go"}, 7, {"image": ""}]}, {"answer": []}]}""");

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new OpeningBenchmarkReader().ReadAsync(path, CancellationToken.None));

        Assert.Equal(
            ErrorText.Lines(
                $"{path}:1: conversations/0/input/1: expected an object, found a number",
                $"{path}:1: conversations/0/input/2/text: required key is missing",
                $"{path}:1: conversations/0/input/2/image: is empty; use null for a step without an image",
                $"{path}:1: conversations/1/output: required key is missing"),
            ErrorText.Of(error));
    }

    [Fact]
    public async Task ReadAsync_MoreThanTheLimit_KeepsTheFirst200AndCountsTheRest()
    {
        var path = temp.Write("test_data.jsonl", string.Join('\n', Enumerable.Range(1, 250).Select(_ => "{")));

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new OpeningBenchmarkReader().ReadAsync(path, CancellationToken.None));

        Assert.Equal(201, error.Errors.Count);
        Assert.Equal(200, error.Errors[199].Line);
        Assert.Equal($"{path}:201: (more): 50 more problems not listed (only the first 200 are shown)", error.Errors[200].ToString());
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ReportsThePath()
    {
        var error = await Assert.ThrowsAsync<DataFormatException>(
            () => new OpeningBenchmarkReader().ReadAsync(temp.File("none.jsonl"), CancellationToken.None));

        Assert.Equal($"{temp.File("none.jsonl")}: file not found", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public async Task ReadAsync_BomBlankLinesAndCrLf_AreAccepted()
    {
        var path = temp.Write("test_data.jsonl", "\uFEFF" + Line("0101001") + "\r\n\r\n   \r\n" + Line("0101002") + "\r\n");

        var benchmark = await new OpeningBenchmarkReader().ReadAsync(path, CancellationToken.None);

        Assert.Equal(["0101001", "0101002"], benchmark.Instances.Select(i => i.Id));
    }

    private static string Line(string uid, string image = "\"./images/Sub/1-i-1.jpg\"", string firstText = "Do this. <BEGIN> Context <image>") =>
        $$"""{"total_uid": "{{uid}}", "meta_task_id": "1", "meta_task_name": "Meta", "subtask_id": "1", "subtask_name": "Sub", "data_id": "4", "conversations": [{"input": [{"image": {{image}}, "text": "{{firstText}}"}]}, {"output": [{"image": null, "text": "Answer"}]}]}""";
}
