namespace Weft.Images;

/// <summary>Limits and permissions for <see cref="ImageLoader"/>.</summary>
public sealed class ImageLoaderOptions
{
    /// <summary>The default byte limit: 50 MB.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>Whether http(s) images may be fetched; false by default (the user opts in with <c>--allow-remote-images</c>).</summary>
    public bool AllowRemote { get; init; }

    /// <summary>Largest image accepted, in bytes; at least 1, by default <see cref="DefaultMaxBytes"/>.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The client used for remote images; null uses a shared client with a 60-second timeout.</summary>
    public HttpClient? HttpClient { get; init; }
}
