using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Weft.Benchmarks;
using Weft.Testing;

namespace Weft.Tests.Benchmarks;

public sealed partial class WeftSchemaTests
{
    private static readonly string Docs = Path.Combine(TestPaths.RepoRoot, "docs");

    public static TheoryData<string> SchemaFiles => new() { "weft-benchmark.schema.json", "weft-output.schema.json" };

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void SchemaFile_IsAValidDraft202012Schema(string name)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Docs, "schemas", name)));

        var result = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void MetaSchema_RefusesABrokenSchema_SoTheCheckAboveCanFail()
    {
        using var broken = JsonDocument.Parse("""{"type": "text", "required": "id"}""");

        Assert.False(MetaSchemas.Draft202012.Evaluate(broken.RootElement).IsValid);
    }

    [Fact]
    public void EmbeddedSchemas_AreTheFilesInDocs()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(Docs, "schemas", "weft-benchmark.schema.json")), WeftSchema.Benchmark.Text);
        Assert.Equal(File.ReadAllText(Path.Combine(Docs, "schemas", "weft-output.schema.json")), WeftSchema.Output.Text);
    }

    [Theory]
    [InlineData("weft-benchmark")]
    [InlineData("weft-output")]
    public void FormatsDoc_Examples_ValidateAgainstTheirSchema(string kind)
    {
        var schema = kind == "weft-benchmark" ? WeftSchema.Benchmark : WeftSchema.Output;
        var lines = Examples(kind);

        Assert.True(lines.Count >= 3, $"docs/formats.md should hold examples of {kind}");
        var errors = new DataErrorList();
        foreach (var (line, index) in lines.Select((line, index) => (line, index)))
        {
            using var document = JsonDocument.Parse(line);
            Assert.True(schema.Check(document.RootElement, new JsonErrorScope(errors, "formats.md", _ => index + 1)), line);
        }
    }

    [Fact]
    public async Task FormatsDoc_Examples_ReadWithTheReaders()
    {
        using var temp = new TempFolder();
        var benchmark = temp.Write("bench.jsonl", string.Join('\n', Examples("weft-benchmark")));
        var outputs = temp.Write("my-system.jsonl", string.Join('\n', Examples("weft-output")));

        var instances = (await new WeftBenchmarkReader().ReadAsync(benchmark, CancellationToken.None)).Instances;
        var answers = await new WeftOutputReader().ReadAsync("my-system", outputs, CancellationToken.None);

        Assert.Equal(["recipe-001", "story-001", "edit-001", "chart-001"], instances.Select(i => i.Id));
        Assert.Equal(["recipe-001", "story-001", "edit-001"], answers.Select(o => o.InstanceId));
    }

    [Fact]
    public void Check_LineBreakingTheSchema_ReportsEachProblemAtItsPointer()
    {
        var errors = new DataErrorList();
        using var line = JsonDocument.Parse("""{"id": "x", "output": [{"text": 1}], "extra": true}""");

        Assert.False(WeftSchema.Output.Check(line.RootElement, new JsonErrorScope(errors, "o.jsonl", _ => 4)));

        var error = Assert.Throws<DataFormatException>(errors.ThrowIfAny);
        Assert.Equal(
            ErrorText.Lines(
                "o.jsonl:4: extra: unknown key; allowed keys are id, output",
                "o.jsonl:4: output/0/text: expected a string, found a number"),
            ErrorText.Of(error));
    }

    [Theory]
    [InlineData("""[{"text": "a", "caption": "b"}]""", "input/0/caption: unknown key; a block has either \"text\" or \"image\"")]
    [InlineData("""[{"text": "a", "image": " "}]""", "input/0/image: must not be empty or blank")]
    [InlineData("""[{"text": 1, "image": "b.png"}]""", "input/0/text: expected a string, found a number")]
    [InlineData("""[{"text": "a", "image": "b.png"}]""", "input/0: a block has exactly one key, \"text\" or \"image\", not both")]
    [InlineData("""[{}]""", "input/0: a block needs one key, \"text\" or \"image\"; it has none")]
    public void Check_BadBlock_ReportsTheRuleThatNamesTheMistake(string input, string expected)
    {
        var errors = new DataErrorList();
        using var line = JsonDocument.Parse($$"""{"id": "x", "task": "t", "instruction": "i", "input": {{input}}}""");

        Assert.False(WeftSchema.Benchmark.Check(line.RootElement, new JsonErrorScope(errors, "b.jsonl", _ => 2)));

        Assert.Equal("b.jsonl:2: " + expected, ErrorText.Of(Assert.Throws<DataFormatException>(errors.ThrowIfAny)));
    }

    [Fact]
    public void Check_MissingKeyBesideABadBlock_ReportsBoth()
    {
        var errors = new DataErrorList();
        using var line = JsonDocument.Parse("""{"id": "x", "instruction": "i", "input": [{"text": "a", "Image": "b.png"}]}""");

        Assert.False(WeftSchema.Benchmark.Check(line.RootElement, new JsonErrorScope(errors, "b.jsonl", _ => 2)));

        Assert.Equal(
            ErrorText.Lines(
                "b.jsonl:2: task: required key is missing",
                "b.jsonl:2: input/0/Image: unknown key; a block has either \"text\" or \"image\""),
            ErrorText.Of(Assert.Throws<DataFormatException>(errors.ThrowIfAny)));
    }

    private static List<string> Examples(string kind)
    {
        var doc = File.ReadAllText(Path.Combine(Docs, "formats.md"));
        var blocks = ExampleBlock().Matches(doc).Where(m => m.Groups["kind"].Value == kind);
        return [.. blocks.SelectMany(m => m.Groups["body"].Value.Split('\n')).Where(l => l.Trim().Length > 0)];
    }

    [GeneratedRegex(@"<!-- example: (?<kind>[a-z-]+) -->\s*```jsonl\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
