using Microsoft.Extensions.AI;
using Weft.Reports.Html;

namespace Weft.Tests.Reports.Html;

public sealed class HtmlImageCatalogTests
{
    [Fact]
    public void Id_SameFileTwice_SameIdAndOneImage()
    {
        var catalog = new HtmlImageCatalog();

        var first = catalog.Id(new UriContent(new Uri("file:///data/a.png"), "image/*"));
        var second = catalog.Id(new UriContent(new Uri("file:///data/a.png"), "image/*"));
        var other = catalog.Id(new UriContent(new Uri("file:///data/b.png"), "image/*"));

        Assert.Equal("i0", first);
        Assert.Equal(first, second);
        Assert.Equal("i1", other);
        Assert.Equal(2, catalog.Images.Count);
    }
}
