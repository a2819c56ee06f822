using System.Text.Json;
using Weft.Testing.FakeServer;

namespace Weft.Tests.Testing.FakeServer;

public sealed class RequestKeysTests
{
    private static string Key(string json) => RequestKeys.Compute(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Compute_EmptyArray_Sha256OfBrackets()
    {
        Assert.Equal("4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", Key("[]"));
    }

    [Fact]
    public void Compute_PropertiesInAnyOrderWithWhitespace_SortedCompactKey()
    {
        var expected = "4e79873118cd9be7a1f0308b9cd772950c5410c74ca3fe1ba2626cba009a9237"; // sha256 of [{"content":"hi","role":"user"}]

        Assert.Equal(expected, Key("""[{"role":"user","content":"hi"}]"""));
        Assert.Equal(expected, Key("""[ { "content" : "hi",  "role" : "user" } ]"""));
    }

    [Theory]
    [InlineData("""[{"role":"user","content":"hi!"}]""")]
    [InlineData("""[{"role":"system","content":"hi"}]""")]
    [InlineData("""[{"role":"user","content":"hi"},{"role":"user","content":"hi"}]""")]
    public void Compute_DifferentMessages_DifferentKey(string messages)
    {
        Assert.NotEqual(Key("""[{"role":"user","content":"hi"}]"""), Key(messages));
    }

    [Fact]
    public void Compute_SameTextEscapedDifferently_SameKey()
    {
        Assert.Equal(Key("""["é/"]"""), Key("""["\u00e9\/"]"""));
    }
}
