using Weft.Testing;

namespace Weft.Server.Tests;

/// <summary>A theory that drives Chromium: skipped with a reason when it is not installed, unless every prerequisite is required.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Prerequisites.ChromiumSkip;
}
