namespace Weft.Generation;

/// <summary>What a plan block asks for: text shown as is, or a picture drawn from a prompt.</summary>
public enum PlanBlockKind
{
    /// <summary>Prose shown to the reader exactly as written.</summary>
    Text,

    /// <summary>A prompt for the image model; the picture takes this block's place.</summary>
    Image,
}
