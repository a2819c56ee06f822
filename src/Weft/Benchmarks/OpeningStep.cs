namespace Weft.Benchmarks;

/// <summary>One step of an OpenING conversation as written: its text (markers still in) and its image value.</summary>
/// <param name="Text">The step's text; empty when the step has none.</param>
/// <param name="Image">The image value, or null when the step has no image.</param>
/// <param name="Pointer">Where the step is in its document, for error messages.</param>
internal sealed record OpeningStep(string Text, string? Image, string Pointer)
{
    /// <summary>Where the step's image value is.</summary>
    public string ImagePointer => JsonPointers.Child(Pointer, "image");
}
