namespace Weft.Images;

/// <summary>An image ready to send to a judge: PNG or JPEG, no larger than the preparer's limit.</summary>
/// <param name="Bytes">The bytes to send: the original bytes when <paramref name="Reencoded"/> is false.</param>
/// <param name="MediaType"><see cref="ImageFormats.Png"/> or <see cref="ImageFormats.Jpeg"/>.</param>
/// <param name="Width">Width in pixels of the image sent.</param>
/// <param name="Height">Height in pixels of the image sent.</param>
/// <param name="OriginalBytes">Size of the original encoded image, in bytes.</param>
/// <param name="Reencoded">Whether the image was decoded and encoded again (resized, converted or made smaller).</param>
public sealed record PreparedImage(ReadOnlyMemory<byte> Bytes, string MediaType, int Width, int Height, int OriginalBytes, bool Reencoded);
