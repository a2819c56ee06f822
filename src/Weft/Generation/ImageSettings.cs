using System.Globalization;
using Weft.Judges;

namespace Weft.Generation;

/// <summary>Which image model draws the pictures, and how.</summary>
/// <param name="Spec">openai:MODEL or azure:DEPLOYMENT (Ollama has no image endpoint).</param>
/// <param name="Connection">Endpoint, key variable and per-attempt timeout.</param>
/// <param name="Size">Picture size as WIDTHxHEIGHT (default 1024x1024).</param>
/// <param name="Quality">Quality level passed to the API: standard or hd for DALL·E 3; low, medium, high or auto for gpt-image models (default standard).</param>
public sealed record ImageSettings(JudgeSpec Spec, JudgeConnection Connection, string Size = "1024x1024", string Quality = "standard")
{
    /// <summary>Quality values accepted by <see cref="Quality"/>.</summary>
    public static IReadOnlyList<string> Qualities { get; } = ["standard", "hd", "low", "medium", "high", "auto"];

    /// <summary>Width and height parsed from <see cref="Size"/>; throws <see cref="ArgumentException"/> when it is not WIDTHxHEIGHT with sides 16–4096.</summary>
    public (int Width, int Height) Pixels => ParseSize(Size);

    /// <summary>Parses WIDTHxHEIGHT (sides 16–4096); throws <see cref="ArgumentException"/> naming the expected shape.</summary>
    public static (int Width, int Height) ParseSize(string size)
    {
        ArgumentNullException.ThrowIfNull(size);
        if (size.Split('x', 'X') is [var w, var h]
            && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            && int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            && width is >= 16 and <= 4096 && height is >= 16 and <= 4096)
        {
            return (width, height);
        }

        throw new ArgumentException($"image size '{size}' must be WIDTHxHEIGHT with sides between 16 and 4096, for example 1024x1024");
    }
}
