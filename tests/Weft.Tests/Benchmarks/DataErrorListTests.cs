using Weft.Benchmarks;

namespace Weft.Tests.Benchmarks;

public sealed class DataErrorListTests
{
    [Fact]
    public void ThrowIfAny_NoErrors_DoesNotThrow()
    {
        new DataErrorList().ThrowIfAny();
    }

    [Fact]
    public void ThrowIfAny_AtTheLimit_ListsAllWithoutANote()
    {
        var list = Filled(DataErrorList.Limit);

        var error = Assert.Throws<DataFormatException>(list.ThrowIfAny);

        Assert.Equal(200, error.Errors.Count);
        Assert.Equal("f:200: x: p200", error.Errors[^1].ToString());
    }

    [Fact]
    public void ThrowIfAny_OverTheLimit_AddsOneNoteAtTheFirstOmittedPlace()
    {
        var list = Filled(203);

        var error = Assert.Throws<DataFormatException>(list.ThrowIfAny);

        Assert.Equal(203, list.Count);
        Assert.Equal(201, error.Errors.Count);
        Assert.Equal("f:201: (more): 3 more problems not listed (only the first 200 are shown)", error.Errors[^1].ToString());
        Assert.StartsWith("201 problems; first: f:1: x: p1", error.Message, StringComparison.Ordinal);
    }

    private static DataErrorList Filled(int count)
    {
        var list = new DataErrorList();
        for (var i = 1; i <= count; i++)
        {
            list.Add("f", i, "x", "p" + i);
        }

        return list;
    }
}
