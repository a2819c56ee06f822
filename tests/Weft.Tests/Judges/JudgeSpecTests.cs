using Weft.Judges;

namespace Weft.Tests.Judges;

public sealed class JudgeSpecTests
{
    [Theory]
    [InlineData("none", "none", "")]
    [InlineData("NONE", "none", "")]
    [InlineData("openai:gpt-4o", "openai", "gpt-4o")]
    [InlineData("azure:my-deployment", "azure", "my-deployment")]
    [InlineData("ollama:llava:13b", "ollama", "llava:13b")]
    [InlineData(" OpenAI:gpt-4.1-mini ", "openai", "gpt-4.1-mini")]
    public void Parse_ValidSpec_ProviderAndModel(string text, string provider, string model)
    {
        var spec = JudgeSpec.Parse(text);

        Assert.Equal((provider, model), (spec.Provider, spec.Model));
    }

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("openai:")]
    [InlineData("anthropic:claude")]
    [InlineData("")]
    public void Parse_InvalidSpec_ThrowsWithExamples(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => JudgeSpec.Parse(text));

        Assert.Contains("openai:MODEL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NeverIncludesMoreThanProviderAndModel() =>
        Assert.Equal("openai:gpt-4o", JudgeSpec.Parse("openai:gpt-4o").ToString());
}
