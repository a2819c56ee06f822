namespace Weft.Reports.Html;

/// <summary>How the HTML report embeds images.</summary>
/// <param name="ThumbnailSide">Longest side of the thumbnails shown in the page, in pixels; at least 16, default 320.</param>
/// <param name="MaxImageSide">Longest side of the full-size image shown on click, in pixels; 0 embeds no full-size image (the thumbnail is shown instead); default 1024.</param>
/// <param name="Quality">WebP/JPEG quality of re-encoded images, 1–100; default 80.</param>
/// <param name="Parallelism">Images encoded at once; 0 (default) uses the processor count.</param>
public sealed record HtmlReportOptions(int ThumbnailSide = 320, int MaxImageSide = 1024, int Quality = 80, int Parallelism = 0)
{
    /// <summary>Throws when an option is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ThumbnailSide, 16, nameof(ThumbnailSide));
        if (MaxImageSide != 0)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(MaxImageSide, 16, nameof(MaxImageSide));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Quality, 1, nameof(Quality));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Quality, 100, nameof(Quality));
        ArgumentOutOfRangeException.ThrowIfNegative(Parallelism, nameof(Parallelism));
    }
}
