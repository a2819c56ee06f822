using Weft.Testing;

namespace Weft.Server.Tests;

/// <summary>A fact that drives Chromium: skipped with a reason when it is not installed, unless every prerequisite is required.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Prerequisites.ChromiumSkip;
}
