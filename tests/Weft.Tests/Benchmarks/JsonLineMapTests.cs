using System.Text;
using Weft.Benchmarks;

namespace Weft.Tests.Benchmarks;

public sealed class JsonLineMapTests
{
    private static readonly JsonLineMap Map = JsonLineMap.Build(Encoding.UTF8.GetBytes("""
        {
          "a": [
            1,
            {"b/c": "x",
             "d~e": null}
          ],
          "f": {}
        }
        """));

    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 2)]
    [InlineData("a/0", 3)]
    [InlineData("a/1", 4)]
    [InlineData("a/1/b~1c", 4)]
    [InlineData("a/1/d~0e", 5)]
    [InlineData("f", 7)]
    public void LineOf_ExistingValue_IsTheLineItStartsOn(string at, int line)
    {
        Assert.Equal(line, Map.LineOf(at));
    }

    [Theory]
    [InlineData("f/missing", 7)]
    [InlineData("a/1/missing/deeper", 4)]
    [InlineData("nothing", 1)]
    public void LineOf_MissingValue_IsTheLineOfItsNearestParent(string at, int line)
    {
        Assert.Equal(line, Map.LineOf(at));
    }
}
