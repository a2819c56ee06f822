using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Tests.Content;

public sealed class ContentImagesKeyTests
{
    [Fact]
    public void Key_File_IsTheFullPath()
    {
        var path = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "data", "images", "1-i-1.jpg"));

        Assert.Equal(path, ContentImages.Key(ContentImages.FromFile(path)));
    }

    [Fact]
    public void Key_Remote_IsTheUrl()
    {
        Assert.Equal("https://images.example/a%20b.png", ContentImages.Key(new UriContent(new Uri("https://images.example/a b.png"), "image/*")));
    }

    [Fact]
    public void Key_Inline_IsTheHashOfTheBytesWhateverTheName()
    {
        byte[] bytes = [1, 2, 3];

        var first = ContentImages.Key(new DataContent(bytes, "image/png") { Name = "one" });
        var second = ContentImages.Key(new DataContent(bytes.ToArray(), "image/jpeg"));

        Assert.Equal("sha256:039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Key_TextBlock_Throws()
    {
        Assert.Throws<ArgumentException>(() => ContentImages.Key(new TextContent("x")));
    }
}
