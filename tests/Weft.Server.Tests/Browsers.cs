namespace Weft.Server.Tests;

/// <summary>Browser tests share one Chromium and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class Browsers : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "browser";
}
