namespace Weft.Images;

/// <summary>Why an image could not be used.</summary>
public enum ImageLoadProblem
{
    /// <summary>The file does not exist.</summary>
    Missing,

    /// <summary>The file exists but could not be read (permissions, a folder, an I/O error, an unsupported URI).</summary>
    Unreadable,

    /// <summary>The bytes are not PNG, JPEG, GIF, WebP or BMP.</summary>
    UnknownFormat,

    /// <summary>The image is larger than the loader's byte limit or claims more pixels than the decoder's limit (64 megapixels).</summary>
    TooLarge,

    /// <summary>The image is remote and fetching remote images was not allowed.</summary>
    RemoteNotAllowed,

    /// <summary>Fetching the remote image failed (network error, timeout, HTTP error status).</summary>
    RemoteFailed,

    /// <summary>The bytes have a known format but cannot be fully decoded (corrupt or truncated).</summary>
    Undecodable,

    /// <summary>The file's resolved path leaves the folder it was allowed in (checked again when the bytes are read).</summary>
    OutsideRoot,
}
