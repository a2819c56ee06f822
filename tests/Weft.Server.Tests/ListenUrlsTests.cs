namespace Weft.Server.Tests;

public sealed class ListenUrlsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5175", "")]
    [InlineData("http://localhost:5175;http://[::1]:5175", "")]
    [InlineData("http://0.0.0.0:5175", "0.0.0.0:5175")]
    [InlineData("http://*:80;http://127.0.0.1:81", "*:80")]
    [InlineData("http://+:80/", "+:80")]
    [InlineData("http://[::]:5175", "[::]:5175")]
    [InlineData("http://192.168.1.5:5175", "192.168.1.5:5175")]
    [InlineData("http://annotate.example:5175", "annotate.example:5175")]
    public void BeyondLoopback_EveryHostButLoopback(string urls, string expected) =>
        Assert.Equal(expected, string.Join(";", ListenUrls.BeyondLoopback(urls)));
}
