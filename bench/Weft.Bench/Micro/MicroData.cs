using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Protocols;

namespace Weft.Bench.Micro;

/// <summary>Typical inputs shared by the micro-benchmarks: one story instance and an output of two paragraphs and two images.</summary>
internal static class MicroData
{
    public static Instance Instance { get; } = new(
        "i000001", "story", "Write a short illustrated story about a fox and a lantern, with a picture after each paragraph.", [], null,
        new Dictionary<string, string>());

    public static SystemOutput Output { get; } = new("sys0", "i000001",
    [
        new TextContent("A fox found a lantern in the snow and carried it home through the quiet wood, stopping at every tree."),
        new UriContent(new Uri("file:///data/sys0/i000001-0.jpg"), ContentImages.UnknownImageMediaType),
        new TextContent("At home the lantern lit the den, and the fox's cubs gathered around it until the morning came."),
        new UriContent(new Uri("file:///data/sys0/i000001-1.jpg"), ContentImages.UnknownImageMediaType),
    ]);

    /// <summary>Every image is usable and has a fixed hash, as after the image check.</summary>
    public sealed class Index : IImageIndex
    {
        public string? Sha256(AIContent image) => "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";
    }
}
