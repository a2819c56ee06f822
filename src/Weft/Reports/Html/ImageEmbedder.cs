using SkiaSharp;
using Weft.Images;

namespace Weft.Reports.Html;

/// <summary>
/// Makes the data URIs the report embeds: a thumbnail and a capped full-size image, each WebP or JPEG, whichever is
/// smaller (JPEG only for opaque images); an original already within the cap is kept when it is smaller still; an image
/// at most twice the thumbnail side is embedded once, at its own size.
/// </summary>
internal sealed class ImageEmbedder(HtmlReportOptions options)
{
    public EmbeddedImage Embed(LoadedImage image)
    {
        var cap = options.MaxImageSide == 0 ? options.ThumbnailSide : Math.Max(options.MaxImageSide, options.ThumbnailSide);
        using var decoded = SkiaDecoder.Decode(image, size => Fit(size, cap));
        var opaque = decoded.IsOpaque();
        var full = Fit(new SKSizeI(decoded.Width, decoded.Height), cap);
        var original = full.Width == decoded.Width && full.Height == decoded.Height ? image : null;

        // Up to twice the thumbnail side, one copy serves as both (the page scales it down): a separate thumbnail
        // would add about half the copy's bytes again, while the page decodes a picture at most four times larger.
        if (Math.Max(full.Width, full.Height) <= 2 * options.ThumbnailSide)
        {
            return new EmbeddedImage(Smaller(Encode(decoded.Bitmap, full, opaque), original), null);
        }

        var thumbnail = Encode(decoded.Bitmap, Fit(decoded.Bitmap.Info.Size, options.ThumbnailSide), opaque);
        return options.MaxImageSide == 0
            ? new EmbeddedImage(thumbnail, null)
            : new EmbeddedImage(thumbnail, Smaller(Encode(decoded.Bitmap, full, opaque), original));
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
