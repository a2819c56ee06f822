using Weft.Testing;

namespace Weft.Tests.Testing;

/// <summary>A theory that reads ../shared/data: skipped with a reason when it is absent, unless every prerequisite is required.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute() => Skip = Prerequisites.SharedDataSkip;
}
