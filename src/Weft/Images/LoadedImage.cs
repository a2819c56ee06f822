namespace Weft.Images;

/// <summary>The bytes of one image, read and identified but not decoded.</summary>
/// <param name="Bytes">The encoded bytes exactly as stored.</param>
/// <param name="MediaType">The media type detected from the bytes (see <see cref="ImageFormats"/>).</param>
/// <param name="Sha256">Lowercase hex SHA-256 of <paramref name="Bytes"/>.</param>
public sealed record LoadedImage(ReadOnlyMemory<byte> Bytes, string MediaType, string Sha256)
{
    /// <summary>Where the image came from (a path, a URL or a description of inline data), used in messages; null when unknown.</summary>
    public string? Source { get; init; }

    /// <summary>The name used for this image in messages: <see cref="Source"/>, or its hash when the source is unknown.</summary>
    internal string DisplayName => Source ?? "image sha256:" + Sha256;
}
