using Weft.Benchmarks;
using Weft.Testing;

namespace Weft.Tests.Benchmarks;

public sealed class DatasetRootTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly string dataset;
    private readonly DatasetRoot root;

    public DatasetRootTests()
    {
        dataset = temp.File("dataset");
        Directory.CreateDirectory(Path.Combine(dataset, "images"));
        root = new DatasetRoot(dataset);
    }

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("./images/x y.jpg")]
    [InlineData("images/x y.jpg")]
    [InlineData(@"images\x y.jpg")]
    [InlineData(@".\images\x y.jpg")]
    public void TryResolve_RelativePathWithSpaces_ResolvesInsideRoot(string path)
    {
        Assert.True(root.TryResolve(path, out var full, out var problem), problem);
        Assert.Equal(Path.Combine(dataset, "images", "x y.jpg"), full);
    }

    [Fact]
    public void TryResolve_MissingFile_IsNotAnError()
    {
        Assert.True(root.TryResolve("images/none.jpg", out _, out _));
    }

    [Theory]
    [InlineData("../secret.jpg")]
    [InlineData("images/../../secret.jpg")]
    [InlineData(@"images\..\..\secret.jpg")]
    [InlineData("a/../../x")]
    public void TryResolve_DotDotEscape_IsRefused(string path)
    {
        Assert.False(root.TryResolve(path, out _, out var problem));
        Assert.Contains("leaves the dataset folder", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_DotDotThatStaysInside_IsAccepted()
    {
        Assert.True(root.TryResolve("images/../images/a.jpg", out var full, out _));
        Assert.Equal(Path.Combine(dataset, "images", "a.jpg"), full);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData(@"C:\Windows\win.ini")]
    [InlineData("C:/x.jpg")]
    [InlineData(@"\\server\share\x.jpg")]
    public void TryResolve_AbsolutePath_IsRefused(string path)
    {
        Assert.False(root.TryResolve(path, out _, out var problem));
        Assert.Contains("absolute path", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void TryResolve_Empty_IsRefused(string path)
    {
        Assert.False(root.TryResolve(path, out _, out var problem));
        Assert.Equal("image path is empty", problem);
    }

    [Fact]
    public void TryResolve_TheRootItself_IsRefused()
    {
        Assert.False(root.TryResolve(".", out _, out _));
    }

    [Fact]
    public void TryResolve_SymlinkedFileLeadingOut_IsRefused()
    {
        var outside = temp.Write("outside/secret.jpg", "x");
        File.CreateSymbolicLink(Path.Combine(dataset, "images", "cat.jpg"), outside);

        Assert.False(root.TryResolve("images/cat.jpg", out _, out var problem));
        Assert.Contains("symbolic link", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_SymlinkedFolderLeadingOut_IsRefused()
    {
        temp.Write("outside/secret.jpg", "x");
        Directory.CreateSymbolicLink(Path.Combine(dataset, "linked"), temp.File("outside"));

        Assert.False(root.TryResolve("linked/secret.jpg", out _, out var problem));
        Assert.Contains("symbolic link", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_RelativeSymlinkLeadingOut_IsRefused()
    {
        temp.Write("outside/secret.jpg", "x");
        File.CreateSymbolicLink(Path.Combine(dataset, "images", "cat.jpg"), "../../outside/secret.jpg");

        Assert.False(root.TryResolve("images/cat.jpg", out _, out _));
    }

    [Fact]
    public void TryResolve_DanglingSymlinkLeadingOut_IsRefused()
    {
        File.CreateSymbolicLink(Path.Combine(dataset, "images", "cat.jpg"), temp.File("outside/not-yet.jpg"));

        Assert.False(root.TryResolve("images/cat.jpg", out _, out _));
    }

    [Fact]
    public void TryResolve_SymlinksStayingInside_AreAccepted()
    {
        temp.Write("dataset/images/real.jpg", "x");
        File.CreateSymbolicLink(Path.Combine(dataset, "alias.jpg"), Path.Combine(dataset, "images", "real.jpg"));
        Directory.CreateSymbolicLink(Path.Combine(dataset, "pictures"), "images");

        Assert.True(root.TryResolve("alias.jpg", out var file, out var problem), problem);
        Assert.Equal(Path.Combine(dataset, "alias.jpg"), file);
        Assert.True(root.TryResolve("pictures/real.jpg", out _, out problem), problem);
    }

    [Fact]
    public void TryResolve_RootReachedThroughSymlink_AcceptsPathsInside()
    {
        Directory.CreateSymbolicLink(temp.File("alias"), dataset);
        var aliased = new DatasetRoot(temp.File("alias"));

        Assert.True(aliased.TryResolve("images/a.jpg", out _, out var problem), problem);
    }

    [Fact]
    public void TryResolve_SymlinkLoop_IsRefusedWithoutHanging()
    {
        File.CreateSymbolicLink(Path.Combine(dataset, "a"), Path.Combine(dataset, "b"));
        File.CreateSymbolicLink(Path.Combine(dataset, "b"), Path.Combine(dataset, "a"));

        Assert.False(root.TryResolve("a", out _, out var problem));
        Assert.Contains("cannot be checked", problem, StringComparison.Ordinal);
    }
}
