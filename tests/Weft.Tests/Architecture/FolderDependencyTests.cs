using System.Reflection;
using NetArchTest.Rules;
using Weft.Content;

namespace Weft.Tests.Architecture;

/// <summary>Folders of src/Weft depend one way: a folder uses only folders of lower layers (docs/architecture.md).</summary>
public sealed class FolderDependencyTests
{
    private static readonly Assembly Library = typeof(Instance).Assembly;

    // Lowest first. Folders in one layer may not use each other either.
    public static TheoryData<string> Folders => [.. FolderLayers.Layers.SelectMany(layer => layer)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Folder_UsesOnlyLowerLayers(string folder)
    {
        var layer = FolderLayers.LayerOf(folder);
        var forbidden = FolderLayers.Layers
            .SelectMany((folders, index) => index >= layer ? folders : [])
            .Where(other => other != folder)
            .Select(other => "Weft." + other)
            .ToArray();

        var result = Types.InAssembly(Library).That().ResideInNamespace("Weft." + folder).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"types in Weft.{folder} (layer {layer}) use a folder of the same or a higher layer: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void EveryFolder_HasALayer()
    {
        var namespaces = Library.GetTypes()
            .Select(type => type.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith("Weft.", StringComparison.Ordinal))
            .Select(ns => ns.Split('.')[1])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.DoesNotContain(namespaces, ns => FolderLayers.LayerOf(ns) < 0);
    }

    [Fact]
    public void Rule_CatchesAnUpwardUse()
    {
        // Runs (layer 4) is used by Analysis (layer 5): the rule read the other way round must fail, so the test can fail.
        var result = Types.InAssembly(Library).That().ResideInNamespace("Weft.Analysis").ShouldNot().HaveDependencyOnAny("Weft.Runs").GetResult();

        Assert.False(result.IsSuccessful);
    }
}
