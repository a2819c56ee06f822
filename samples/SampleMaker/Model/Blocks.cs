using SkiaSharp;

namespace Weft.SampleMaker.Model;

/// <summary>Short constructors for block lists, so that a sample reads as its text and pictures in order.</summary>
internal static class Blocks
{
    public static TextBlock Text(string text) => new(text);

    public static PictureBlock Image(Action<SKCanvas> draw) => new(draw);

    public static IReadOnlyDictionary<string, string> Metadata(string subset, int expectedImages) => new Dictionary<string, string>
    {
        ["subset"] = subset,
        ["expected_images"] = expectedImages.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
