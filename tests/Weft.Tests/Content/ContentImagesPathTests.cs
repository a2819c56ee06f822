using Microsoft.Extensions.AI;
using SkiaSharp;
using Weft.Benchmarks;
using Weft.Content;
using Weft.Images;
using Weft.Testing;

namespace Weft.Tests.Content;

public sealed class ContentImagesPathTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly DatasetRoot root;

    public ContentImagesPathTests()
    {
        Directory.CreateDirectory(temp.File("data"));
        root = new DatasetRoot(temp.File("data"));
        temp.Write("secret.png", TestImages.Png(8, 8, SKColors.Red));
    }

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("%2e%2e/secret.png")]
    [InlineData("%2E%2E/secret.png")]
    [InlineData("x/%2e%2e/%2e%2e/secret.png")]
    [InlineData("%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    public async Task PercentEncodedDotSegments_StayInsideTheRootAndAreNeverRead(string value)
    {
        Assert.True(ImageValues.TryCreate(value, root, out var image, out var problem), problem);

        Assert.StartsWith(root.Folder + Path.DirectorySeparatorChar, ContentImages.LocalPath(image), StringComparison.Ordinal);
        var error = await Assert.ThrowsAsync<ImageLoadException>(() => new ImageLoader().LoadAsync(image, CancellationToken.None));
        Assert.Equal(ImageLoadProblem.Missing, error.Problem);
    }

    [Theory]
    [InlineData("a%20b.png")]
    [InlineData("100%.png")]
    [InlineData("x #1?.png")]
    public async Task FileNameWithPercentOrUriCharacters_IsReadUnderItsExactName(string name)
    {
        var bytes = TestImages.Png(4, 4, SKColors.Blue);
        var path = temp.Write(Path.Combine("data", name), bytes);

        Assert.True(ImageValues.TryCreate(name, root, out var image, out var problem), problem);

        Assert.Equal(path, ContentImages.LocalPath(image));
        Assert.Equal(path, ContentImages.Key(image));
        Assert.Equal(bytes, (await new ImageLoader().LoadAsync(image, CancellationToken.None)).Bytes.ToArray());
    }

    [Fact]
    public async Task BlockWhoseUriLeavesItsRoot_IsRefusedWhenRead()
    {
        // A block built some other way (a hand-made URI whose dot segments the URI parser collapsed) still carries
        // its root, and the loader checks the final path against it.
        var image = new UriContent(new Uri("file://" + root.Folder + "/../secret.png"), "image/*")
        {
            AdditionalProperties = new() { [ContentImages.RootProperty] = root.Folder },
        };

        var error = await Assert.ThrowsAsync<ImageLoadException>(() => new ImageLoader().LoadAsync(image, CancellationToken.None));

        Assert.Equal(ImageLoadProblem.OutsideRoot, error.Problem);
        Assert.Null(ContentImages.CheckedLocalPath(image, out var why));
        Assert.Contains("outside the dataset folder", why, StringComparison.Ordinal);
    }
}
