namespace Weft.Reports.Html;

/// <summary>An image ready to embed: a thumbnail data URI and, when larger, a full-size one.</summary>
/// <param name="Thumbnail">Data URI of the thumbnail.</param>
/// <param name="Full">Data URI of the full-size image, or null when the thumbnail is all there is.</param>
internal sealed record EmbeddedImage(string Thumbnail, string? Full);
