namespace Weft.Generation;

/// <summary>One block of a generated answer as it is written to the outputs file: text, or an image path relative to the output folder.</summary>
internal sealed record OutputBlock(string? Text, string? ImagePath)
{
    public static OutputBlock OfText(string text) => new(text, null);

    public static OutputBlock OfImage(string path) => new(null, path);
}
