using System.Buffers.Binary;

namespace Weft.Images;

/// <summary>Image formats Weft recognises, detected from the bytes (never from a file name or a declared media type).</summary>
public static class ImageFormats
{
    /// <summary>The PNG media type.</summary>
    public const string Png = "image/png";

    /// <summary>The JPEG media type.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary>The GIF media type.</summary>
    public const string Gif = "image/gif";

    /// <summary>The WebP media type.</summary>
    public const string WebP = "image/webp";

    /// <summary>The BMP media type.</summary>
    public const string Bmp = "image/bmp";

    /// <summary>How many leading bytes <see cref="SniffMediaType"/> needs at most (18).</summary>
    public const int HeaderLength = 18;

    // Sizes of the BMP info headers defined so far (core, v1, v2, v3, OS/2 v2, v4, v5); "BM" alone is too weak a signature.
    private static readonly int[] BmpInfoHeaderSizes = [12, 40, 52, 56, 64, 108, 124];

    /// <summary>The media type of PNG, JPEG, GIF, WebP or BMP data from its first bytes, or null when unknown.</summary>
    public static string? SniffMediaType(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (header.Length >= HeaderLength && header.StartsWith("BM"u8) &&
            BmpInfoHeaderSizes.Contains(BinaryPrimitives.ReadInt32LittleEndian(header[14..18])))
        {
            return Bmp;
        }

        return null;
    }

    /// <summary>The usual file extension with its dot (".png", ".jpg", ".gif", ".webp", ".bmp") for a media type this class knows.</summary>
    /// <exception cref="ArgumentException">The media type is not one of the five formats above.</exception>
    public static string Extension(string mediaType)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        return Known(mediaType, Png) ? ".png"
            : Known(mediaType, Jpeg) ? ".jpg"
            : Known(mediaType, Gif) ? ".gif"
            : Known(mediaType, WebP) ? ".webp"
            : Known(mediaType, Bmp) ? ".bmp"
            : throw new ArgumentException($"no file extension known for media type '{mediaType}'", nameof(mediaType));
    }

    private static bool Known(string mediaType, string known) => string.Equals(mediaType, known, StringComparison.OrdinalIgnoreCase);
}
