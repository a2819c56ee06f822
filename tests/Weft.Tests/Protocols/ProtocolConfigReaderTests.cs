using Weft.Benchmarks;
using Weft.Protocols;
using Weft.Testing;

namespace Weft.Tests.Protocols;

public sealed class ProtocolConfigReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Read_ValidFile_RulesInFileOrder()
    {
        var path = folder.Write("weft.json", """
            {
              // comments are allowed
              "tasks": {
                "Sequential Image Editing": { "not_applicable": ["text_quality", "TIC"] },
                "report*": { "not_applicable": [] }
              }
            }
            """);

        var rules = ProtocolConfigReader.Read(path);

        Assert.Equal(2, rules.Count);
        Assert.Equal("Sequential Image Editing", rules[0].Pattern);
        Assert.Equal([Aspect.TextQuality, Aspect.TextImageCoherence], rules[0].NotApplicable);
        Assert.Empty(rules[1].NotApplicable);
    }

    [Fact]
    public void Read_UnknownAspectAndSetting_ReportsEveryProblemWithLine()
    {
        var path = folder.Write("weft.json", """
            {
              "task": {},
              "tasks": {
                "a": { "not_applicable": ["text_qualty"] },
                "b": { "skip": [] }
              }
            }
            """);

        var error = Assert.Throws<DataFormatException>(() => ProtocolConfigReader.Read(path));

        Assert.Equal(3, error.Errors.Count);
        Assert.Equal($"{path}:2: task: unknown setting (expected \"tasks\")", error.Errors[0].ToString());
        Assert.StartsWith($"{path}:4: tasks.a.not_applicable: unknown aspect \"text_qualty\"", error.Errors[1].ToString(), StringComparison.Ordinal);
        Assert.Equal(5, error.Errors[2].Line);
    }

    [Fact]
    public void Read_BrokenJson_NamesTheLine()
    {
        var path = folder.Write("weft.json", "{\n  \"tasks\": {\n    \"a\": { \"not_applicable\": [ }\n}\n");

        var error = Assert.Throws<DataFormatException>(() => ProtocolConfigReader.Read(path));

        Assert.Equal(3, Assert.Single(error.Errors).Line);
    }

    public void Dispose() => folder.Dispose();
}
