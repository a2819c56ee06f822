using SkiaSharp;
using Weft.Images;

namespace Weft.Reports.Html;

/// <summary>
/// Makes the data URIs the report embeds: a thumbnail and a capped full-size image, each WebP or JPEG, whichever is
/// smaller (JPEG only for opaque images); an original already within the cap is kept when it is smaller still.
/// </summary>
internal sealed class ImageEmbedder(HtmlReportOptions options)
{
    public EmbeddedImage Embed(LoadedImage image)
    {
        var cap = options.MaxImageSide == 0 ? options.ThumbnailSide : Math.Max(options.MaxImageSide, options.ThumbnailSide);
        using var decoded = SkiaDecoder.Decode(image, size => Fit(size, cap));
        var opaque = decoded.IsOpaque();
        var longSide = Math.Max(decoded.Width, decoded.Height);

        var thumbnail = Encode(decoded.Bitmap, Fit(decoded.Bitmap.Info.Size, options.ThumbnailSide), opaque);
        if (options.MaxImageSide == 0 || longSide <= options.ThumbnailSide)
        {
            return new EmbeddedImage(Smaller(thumbnail, longSide <= options.ThumbnailSide ? image : null), null);
        }

        var full = Encode(decoded.Bitmap, Fit(decoded.Bitmap.Info.Size, options.MaxImageSide), opaque);
        return new EmbeddedImage(thumbnail, Smaller(full, longSide <= options.MaxImageSide ? image : null));
    }

    private static SKSizeI Fit(SKSizeI size, int side)
    {
        var longSide = Math.Max(size.Width, size.Height);
        if (longSide <= side)
        {
            return size;
        }

        var scale = (double)side / longSide;
        return new SKSizeI(Math.Max(1, (int)Math.Round(size.Width * scale)), Math.Max(1, (int)Math.Round(size.Height * scale)));
    }

    private string Encode(SKBitmap source, SKSizeI target, bool opaque)
    {
        using var resized = target == source.Info.Size
            ? null
            : source.Resize(source.Info.WithSize(target.Width, target.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        var bitmap = resized ?? source;
        using var webp = bitmap.Encode(SKEncodedImageFormat.Webp, options.Quality);
        using var jpeg = opaque ? bitmap.Encode(SKEncodedImageFormat.Jpeg, options.Quality) : null;
        return jpeg is not null && (webp is null || jpeg.Size < webp.Size)
            ? DataUri(ImageFormats.Jpeg, jpeg.AsSpan())
            : webp is not null
                ? DataUri(ImageFormats.WebP, webp.AsSpan())
                : throw new InvalidOperationException("Skia could not encode a decoded image");
    }

    private static string Smaller(string encoded, LoadedImage? original) =>
        original is not null && DataUriLength(original.Bytes.Length, original.MediaType) < encoded.Length
            ? DataUri(original.MediaType, original.Bytes.Span)
            : encoded;

    private static int DataUriLength(int bytes, string mediaType) => "data:".Length + mediaType.Length + ";base64,".Length + (4 * ((bytes + 2) / 3));

    // The media type comes from ImageFormats and the payload is base64, so the URI holds no character that needs escaping in JSON or HTML.
    private static string DataUri(string mediaType, ReadOnlySpan<byte> bytes) => $"data:{mediaType};base64,{Convert.ToBase64String(bytes)}";
}
