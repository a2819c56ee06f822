namespace Weft.Tests.Architecture;

/// <summary>The layers of src/Weft, lowest first, as docs/architecture.md draws them.</summary>
internal static class FolderLayers
{
    public static IReadOnlyList<IReadOnlyList<string>> Layers { get; } =
    [
        ["Files", "Content", "Text"],
        ["Benchmarks", "Images"],
        ["Metrics", "Protocols"],
        ["Judges", "Scheduling"],
        ["Runs"],
        ["Analysis", "Evaluation", "Generation"],
        ["Arena", "Scores", "Meta"],
        ["Annotations"],
        ["Reports"],
    ];

    /// <summary>The layer index of a folder; -1 when the table does not place it.</summary>
    public static int LayerOf(string folder)
    {
        for (var i = 0; i < Layers.Count; i++)
        {
            if (Layers[i].Contains(folder))
            {
                return i;
            }
        }

        return -1;
    }
}
