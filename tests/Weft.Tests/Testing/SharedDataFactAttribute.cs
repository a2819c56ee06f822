using Weft.Testing;

namespace Weft.Tests.Testing;

/// <summary>A fact that reads ../shared/data: skipped with a reason when it is absent, unless every prerequisite is required.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute() => Skip = Prerequisites.SharedDataSkip;
}
