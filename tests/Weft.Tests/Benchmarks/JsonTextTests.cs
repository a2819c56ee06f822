using System.Text;
using System.Text.Json;
using Weft.Benchmarks;
using Weft.Testing;

namespace Weft.Tests.Benchmarks;

public sealed class JsonTextTests
{
    [Fact]
    public void Parse_InvalidUtf8InAString_ThrowsJsonExceptionWithItsPlace()
    {
        byte[] text = [.. "{\n  \"a\": \"ok\",\n  \"b\": \"x"u8, 0xC3, 0x28, .. "\"\n}"u8];

        var error = Assert.Throws<JsonException>(() => JsonText.Parse(text));

        Assert.Equal(3, JsonText.LineOf(error, 1));
        Assert.Equal("invalid JSON near column 10: the text is not valid UTF-8; save the file as UTF-8", JsonText.Describe(error));
    }

    [Fact]
    public async Task WeftReader_InvalidUtf8Line_IsReportedNotThrownRaw()
    {
        using var temp = new TempFolder();
        byte[] good = Encoding.UTF8.GetBytes("""{"id": "a", "task": "t", "instruction": "x"}""" + "\n");
        byte[] bad = [.. "{\"id\": \"b\", \"task\": \"t\", \"instruction\": \""u8, 0xFF, .. "\"}"u8];
        var path = temp.Write("b.jsonl", [.. good, .. bad]);

        var error = await Assert.ThrowsAsync<DataFormatException>(() => new WeftBenchmarkReader().ReadAsync(path, CancellationToken.None));

        Assert.Equal($"{path}:2: (json): invalid JSON near column 42: the text is not valid UTF-8; save the file as UTF-8", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void Describe_ParserError_DropsThePositionSuffix()
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonText.Parse("[1,"u8.ToArray()));

        Assert.StartsWith("invalid JSON near column ", JsonText.Describe(error), StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", JsonText.Describe(error), StringComparison.Ordinal);
    }
}
