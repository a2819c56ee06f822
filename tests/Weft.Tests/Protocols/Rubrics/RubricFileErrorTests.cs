using Weft.Benchmarks;
using Weft.Protocols.Rubrics;
using Weft.Testing;

namespace Weft.Tests.Protocols.Rubrics;

public sealed class RubricFileErrorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static string Good => File.ReadAllText(Path.Combine(TestPaths.Samples, "protocols", "how-to-rubric.json"));

    [Fact]
    public void Read_TheSampleRubric_ThreeCriteriaOneOfThemYesNo()
    {
        var definition = RubricFile.Read(Path.Combine(TestPaths.Samples, "protocols", "how-to-rubric.json"));

        Assert.Equal(["clarity", "picture_fit", "steps_as_asked"], definition.Criteria.Select(c => c.Criterion.Name));
        Assert.Equal(["yes", "no"], definition.Criteria[2].Criterion.Scale.Labels.Select(l => l.Name));
        Assert.True(definition.Criteria[2].Criterion.AllowsNotApplicable);
    }

    [Theory]
    [InlineData("\"max\": 5 }", "\"max\": 5 ", "(json)", 0)]
    [InlineData("{instruction}", "{instructions}", "prompt[0]", 27)]
    [InlineData("\"min\": 1, \"max\": 5 }\n    },\n    {\n      \"name\": \"picture_fit\"", "\"min\": 5, \"max\": 5 }\n    },\n    {\n      \"name\": \"picture_fit\"", "criteria[0].scale", 11)]
    [InlineData("{ \"name\": \"no\", \"value\": 0 }", "{ \"name\": \"YES\", \"value\": 0 }", "criteria[2].labels[1].name", 21)]
    public void Read_BadFile_NamesFileLineAndField(string from, string to, string field, int line)
    {
        var path = folder.File("bad.json");
        File.WriteAllText(path, Good.Replace(from, to, StringComparison.Ordinal));

        var error = Assert.Throws<DataFormatException>(() => RubricFile.Read(path)).Errors[0];

        Assert.Equal((path, field), (error.File, error.Field));
        if (line > 0)
        {
            Assert.Equal(line, error.Line);
        }
    }

    [Fact]
    public void Read_RegexWithTheWrongNumberOfGroups_SaysHowMany()
    {
        var path = folder.File("regex.json");
        File.WriteAllText(path, Good.Replace(
            "\"reply\": { \"format\": \"json\", \"score_field\": \"grade\", \"explanation_field\": \"reason\", \"schema_name\": \"how_to_rubric\" }",
            "\"reply\": { \"format\": \"regex\", \"pattern\": \"### Score: (\\\\d)\" }",
            StringComparison.Ordinal));

        var error = Assert.Single(Assert.Throws<DataFormatException>(() => RubricFile.Read(path)).Errors);

        Assert.Equal("reply.pattern", error.Field);
        Assert.Contains("1 capture group", error.Problem, StringComparison.Ordinal);
        Assert.Contains("one per criterion (3)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Yaml_SameDefinitionAsJsonAndLinesOfTheYamlFile()
    {
        var yaml = """
            id: how-to-rubric
            version: 1
            criteria:
              - name: clarity
                scale: { min: 1, max: 5 }
              - name: safe
                labels:
                  - { name: "yes", value: 1 }
                  - { name: "no", value: 0 }
            system: You grade answers.
            prompt:
              - "# Answer"
              - "{output}"
            repair: "Fix this: {problems}"
            """;
        var path = folder.File("rubric.yaml");
        File.WriteAllText(path, yaml);

        var definition = RubricFile.Read(path);
        Assert.Equal(["clarity", "safe"], definition.Criteria.Select(c => c.Criterion.Name));
        Assert.Equal([1, 0], definition.Criteria[1].Criterion.Scale.Labels.Select(l => l.Value));

        File.WriteAllText(path, yaml.Replace("max: 5", "max: 1", StringComparison.Ordinal));
        var error = Assert.Single(Assert.Throws<DataFormatException>(() => RubricFile.Read(path)).Errors);
        Assert.Equal(("criteria[0].scale", 5), (error.Field, error.Line));
    }
}
