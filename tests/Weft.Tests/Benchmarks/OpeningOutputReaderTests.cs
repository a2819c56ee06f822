using Weft.Benchmarks;
using Weft.Content;
using Weft.Testing;
using Weft.Tests.Testing;

namespace Weft.Tests.Benchmarks;

public sealed class OpeningOutputReaderTests
{
    private static string Outputs(string system) => Path.Combine(TestPaths.OpeningData, "gen_outputs", system + "_output");

    [SharedDataFact]
    public async Task ReadAsync_GptDalle_ReadsBothOutputsWithTheirImages()
    {
        var folder = Outputs("GPT-4o+DALL-E3");

        var outputs = await new OpeningOutputReader().ReadAsync("GPT-4o+DALL-E3", folder, CancellationToken.None);

        Assert.Equal(["0301096", "0302005"], outputs.Select(o => o.InstanceId));
        Assert.All(outputs, o => Assert.Equal("GPT-4o+DALL-E3", o.System));
        Assert.Equal(2, ContentImages.CountImages(outputs[0].Content));
        Assert.Equal(5, ContentImages.CountImages(outputs[1].Content));
        var first = ContentDump.Of(outputs[0].Content, folder);
        Assert.Equal(4, first.Length);
        Assert.StartsWith("text: George's hand gently touched something soft", first[0], StringComparison.Ordinal);
        Assert.Equal("file: 0301096-o-0.jpg", first[1]);
        Assert.Equal("file: 0301096-o-1.jpg", first[3]);
        Assert.All(outputs.SelectMany(o => o.Content).Select(ContentImages.LocalPath).OfType<string>(), path => Assert.True(File.Exists(path)));
    }

    [SharedDataFact]
    public async Task ReadAsync_ShowO_ResolvesImagesByTheirLastPathComponent()
    {
        var folder = Outputs("Show-o");

        var outputs = await new OpeningOutputReader().ReadAsync("Show-o", folder, CancellationToken.None);

        var output = Assert.Single(outputs);
        Assert.Equal("0301096", output.InstanceId);
        Assert.Equal(
            [
                "text: The birdhouse is yellow and has a small door. The bird inside is perched on the birdhouse.",
                "file: 0301096-o-0.jpg",
                "text: The bird is perched on the birdhouse.",
                "file: 0301096-o-1.jpg",
            ],
            ContentDump.Of(output.Content, folder));
    }

    [SharedDataFact]
    public async Task ReadAsync_SeedLlamaJsonl_ReadsTheSingleObject()
    {
        var outputs = await new OpeningOutputReader().ReadAsync("SEED-LLaMA", Outputs("SEED-LLaMA"), CancellationToken.None);

        var output = Assert.Single(outputs);
        Assert.Equal("0302005", output.InstanceId);
        Assert.Equal(7, ContentImages.CountImages(output.Content));
        Assert.Equal(7, ContentImages.CountTexts(output.Content));
    }

    [SharedDataFact]
    public void CanRead_OutputsFolderAndOthers_TellsThemApart()
    {
        using var temp = new TempFolder();
        var reader = new OpeningOutputReader();

        Assert.True(reader.CanRead(Outputs("Show-o")));
        Assert.False(reader.CanRead(temp.Path));
        Assert.False(reader.CanRead(Path.Combine(TestPaths.OpeningData, "test_data.jsonl")));
    }

    [SharedDataFact]
    public async Task ReadAsync_NullOrMissingImageAndOtherFiles_TextOnlyAndIgnored()
    {
        using var temp = new TempFolder();
        temp.Write("out/0101001.json", Output("""{"text": "only text", "image": null}, {"text": "no image key"}, {"image": "0101001-o-0.jpg"}"""));
        temp.Write("out/notes.txt", "ignored");
        temp.Write("out/0101001-o-0.jpg", [1, 2, 3]);

        var outputs = await new OpeningOutputReader().ReadAsync("S", temp.File("out"), CancellationToken.None);

        Assert.Equal(["text: only text", "text: no image key", "file: 0101001-o-0.jpg"], ContentDump.Of(Assert.Single(outputs).Content, temp.File("out")));
    }

    [SharedDataFact]
    public async Task ReadAsync_EmptyOutputSteps_GivesEmptyContent()
    {
        using var temp = new TempFolder();
        temp.Write("out/0101001.json", Output(""));

        var outputs = await new OpeningOutputReader().ReadAsync("S", temp.File("out"), CancellationToken.None);

        Assert.Empty(Assert.Single(outputs).Content);
    }

    [SharedDataFact]
    public async Task ReadAsync_BadSteps_ReportsEveryProblemAtTheLineOfTheStep()
    {
        using var temp = new TempFolder();
        var folder = temp.File("out");
        temp.Write("out/0101001.json", Output("""
            {"text": "fine", "image": "a.jpg"},
                    {"text": 5, "image": "b.jpg"},
                    {"text": "escape", "image": ".."},
                    "not a step"
            """));
        temp.Write("out/0101002.jsonl", """{"conversations": [{"input": []}]}""");
        temp.Write("out/0101003.json", "{\n  \"conversations\": [\n    {\"input\": []},\n    {\"output\": []}\n  ],\n}");

        var error = await Assert.ThrowsAsync<DataFormatException>(
            () => new OpeningOutputReader().ReadAsync("S", folder, CancellationToken.None));

        var file1 = Path.Combine(folder, "0101001.json");
        Assert.Equal(
            ErrorText.Lines(
                $"{file1}:8: conversations/1/output/1/text: expected a string, found a number",
                $"{file1}:10: conversations/1/output/3: expected an object, found a string",
                $"{file1}:9: conversations/1/output/2/image: path \"..\" leaves the dataset folder",
                $"{Path.Combine(folder, "0101002.jsonl")}:1: conversations: expected 2 items (the input, then the output), found 1",
                $"{Path.Combine(folder, "0101003.json")}:6: (json): invalid JSON near column 1"),
            ErrorText.Of(error));
    }

    [SharedDataFact]
    public async Task ReadAsync_SameIdInJsonAndJsonl_ReportsBothFiles()
    {
        using var temp = new TempFolder();
        temp.Write("out/0101001.json", Output(""));
        temp.Write("out/0101001.jsonl", Output(""));

        var error = await Assert.ThrowsAsync<DataFormatException>(
            () => new OpeningOutputReader().ReadAsync("S", temp.File("out"), CancellationToken.None));

        Assert.Equal(
            $"{temp.File("out/0101001.jsonl")}: second output for instance \"0101001\" (the first is 0101001.json)",
            Assert.Single(error.Errors).ToString());
    }

    [SharedDataFact]
    public async Task ReadAsync_MissingOrEmptyFolder_NamesThePath()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("empty"));

        var missing = await Assert.ThrowsAsync<DataFormatException>(
            () => new OpeningOutputReader().ReadAsync("S", temp.File("none"), CancellationToken.None));
        var empty = await Assert.ThrowsAsync<DataFormatException>(
            () => new OpeningOutputReader().ReadAsync("S", temp.File("empty"), CancellationToken.None));

        Assert.Equal($"{temp.File("none")}: folder not found", Assert.Single(missing.Errors).ToString());
        Assert.Equal($"{temp.File("empty")}: holds no .json or .jsonl output files", Assert.Single(empty.Errors).ToString());
    }

    // A pretty-printed output file like the real ones; the steps start on line 7.
    private static string Output(string steps) => $$"""
        {
            "subtask_name": "Test",
            "conversations": [
                {"input": [{"image": null, "text": "<BEGIN> Do it."}]},
                {
                    "output": [
                        {{steps}}
                    ]
                }
            ]
        }
        """;
}
