namespace Weft.Server.Tests;

public sealed class ServerOptionsTests
{
    [Fact]
    public void AddressesBeyondLoopback_Default_None() =>
        Assert.Empty(new ServerOptions { RunFolder = "run" }.AddressesBeyondLoopback());

    [Fact]
    public void AddressesBeyondLoopback_AllInterfacesBesideLoopback_OnlyTheExposedOne() =>
        Assert.Equal(["0.0.0.0:80"], new ServerOptions { RunFolder = "run", Urls = "http://127.0.0.1:81;http://0.0.0.0:80" }.AddressesBeyondLoopback());
}
