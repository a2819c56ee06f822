using System.Globalization;
using SkiaSharp;

namespace Weft.Images;

/// <summary>Decodes images with Skia into upright premultiplied RGBA in sRGB, at a reduced scale when the codec can do it.</summary>
/// <remarks>
/// Every pixel row is always decoded, even at a reduced scale (JPEG's 1/8..7/8 DCT scaling still reads all the entropy-coded
/// data), so a truncated or corrupt file is always noticed. Any codec result other than success counts as undecodable,
/// including <see cref="SKCodecResult.IncompleteInput"/>: Skia fills the missing rows with a constant colour, and a judge
/// shown that half-grey picture would be judging our decoder, not the system.
/// </remarks>
internal static class SkiaDecoder
{
    /// <summary>Largest bitmap decoded, in pixels (64 megapixels, 256 MB): a few hundred bytes of PNG can claim a 50,000-pixel square.</summary>
    public const long MaxPixels = 64L * 1024 * 1024;

    /// <summary>Decodes the image; <paramref name="minimumSize"/> maps the full upright size to the smallest bitmap needed.</summary>
    /// <exception cref="ImageLoadException">With <see cref="ImageLoadProblem.Undecodable"/> when Skia cannot fully decode the bytes.</exception>
    public static DecodedImage Decode(LoadedImage image, Func<SKSizeI, SKSizeI> minimumSize)
    {
        using var data = SKData.CreateCopy(image.Bytes.Span);
        using var codec = SKCodec.Create(data) ?? throw Undecodable(image, "the decoder does not recognise the data");
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw Undecodable(image, "the image has no pixels");
        }

        var origin = codec.EncodedOrigin;
        var swap = Orientation.SwapsAxes(origin);
        var upright = swap ? new SKSizeI(info.Height, info.Width) : new SKSizeI(info.Width, info.Height);
        var needed = minimumSize(upright);
        var size = ScaledSize(codec, swap ? new SKSizeI(needed.Height, needed.Width) : needed);

        if ((long)size.Width * size.Height > MaxPixels)
        {
            throw new ImageLoadException(
                ImageLoadProblem.TooLarge,
                image.DisplayName,
                string.Create(CultureInfo.InvariantCulture, $"{size.Width} x {size.Height} pixels is more than the limit of {MaxPixels:N0} pixels"));
        }

        var alpha = info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var target = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(target);
        var result = bitmap.GetPixels() == IntPtr.Zero ? SKCodecResult.InternalError : codec.GetPixels(target, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw Undecodable(image, $"the decoder stopped with '{result}' (truncated or corrupt data)");
        }

        var oriented = Orientation.Apply(bitmap, origin);
        if (!ReferenceEquals(oriented, bitmap))
        {
            bitmap.Dispose();
        }

        return new DecodedImage(oriented, upright.Width, upright.Height);
    }

    /// <summary>The size as displayed (EXIF orientation applied), read from the header alone: no pixel is decoded.</summary>
    /// <exception cref="ImageLoadException">With <see cref="ImageLoadProblem.Undecodable"/> when the header is not recognised or claims no pixels.</exception>
    public static (int Width, int Height) UprightSize(LoadedImage image)
    {
        using var data = SKData.CreateCopy(image.Bytes.Span);
        using var codec = SKCodec.Create(data) ?? throw Undecodable(image, "the decoder does not recognise the data");
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw Undecodable(image, "the image has no pixels");
        }

        return Orientation.SwapsAxes(codec.EncodedOrigin) ? (info.Height, info.Width) : (info.Width, info.Height);
    }

    // Codecs round a requested scale to one they support, possibly downwards (JPEG picks the nearest eighth),
    // so the request grows until the result is at least as large as needed.
    private static SKSizeI ScaledSize(SKCodec codec, SKSizeI needed)
    {
        var full = codec.Info.Size;
        var scale = Math.Max((float)needed.Width / full.Width, (float)needed.Height / full.Height);
        for (; scale < 1f; scale *= 1.1f)
        {
            var size = codec.GetScaledDimensions(scale);
            if (size.Width >= needed.Width && size.Height >= needed.Height && size.Width <= full.Width && size.Height <= full.Height)
            {
                return size;
            }
        }

        return full;
    }

    private static ImageLoadException Undecodable(LoadedImage image, string detail) =>
        new(ImageLoadProblem.Undecodable, image.DisplayName, detail);
}
