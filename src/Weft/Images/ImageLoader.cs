using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Images;

/// <summary>Reads the bytes of image blocks (files, inline data and, when allowed, http(s) URLs) and identifies their format.</summary>
/// <remarks>Thread-safe: one loader may serve many parallel loads.</remarks>
public sealed class ImageLoader
{
    /// <summary>Most redirects followed for one remote image.</summary>
    public const int MaxRedirects = 5;

    private static readonly Lazy<HttpClient> SharedClient = new(CreateDefaultClient);

    /// <summary>Creates a loader; null options mean local and inline images only, up to 50 MB each.</summary>
    public ImageLoader(ImageLoaderOptions? options = null)
    {
        Options = options ?? new ImageLoaderOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxBytes, 1L, nameof(options));
    }

    /// <summary>The client used when the options give none: a 60-second timeout, and redirects left to the loader.</summary>
    internal static HttpClient CreateDefaultClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The limits and permissions in force.</summary>
    public ImageLoaderOptions Options { get; }

    /// <summary>Reads an image block's bytes and detects its format from them.</summary>
    /// <param name="image">A <see cref="UriContent"/> (file or http(s)) or <see cref="DataContent"/> image block.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ImageLoadException">The image is missing, unreadable, too large, remote and not allowed, or of unknown format.</exception>
    public async Task<LoadedImage> LoadAsync(AIContent image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var name = ContentImages.Describe(image);
        var bytes = image switch
        {
            DataContent data => FromData(data, name),
            UriContent { Uri.IsFile: true } file => await ReadFileAsync(
                ContentImages.CheckedLocalPath(file, out var problem) ?? throw new ImageLoadException(ImageLoadProblem.OutsideRoot, name, problem),
                name,
                cancellationToken),
            UriContent remote when remote.Uri.Scheme == Uri.UriSchemeHttp || remote.Uri.Scheme == Uri.UriSchemeHttps =>
                await FetchAsync(remote.Uri, name, cancellationToken),
            UriContent other => throw new ImageLoadException(ImageLoadProblem.Unreadable, name, $"unsupported URI scheme '{other.Uri.Scheme}'"),
            _ => throw new ArgumentException($"{image.GetType().Name} is not an image block", nameof(image)),
        };

        if (bytes.Length == 0)
        {
            throw new ImageLoadException(ImageLoadProblem.UnknownFormat, name, "the image is empty (0 bytes)");
        }

        var mediaType = ImageFormats.SniffMediaType(bytes.Span)
            ?? throw new ImageLoadException(ImageLoadProblem.UnknownFormat, name, "the bytes are not PNG, JPEG, GIF, WebP or BMP");
        return new LoadedImage(bytes, mediaType, Convert.ToHexStringLower(SHA256.HashData(bytes.Span))) { Source = name };
    }

    private ReadOnlyMemory<byte> FromData(DataContent data, string name)
    {
        CheckSize(data.Data.Length, name);
        return data.Data;
    }

    private async Task<ReadOnlyMemory<byte>> ReadFileAsync(string path, string name, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw Directory.Exists(path)
                ? new ImageLoadException(ImageLoadProblem.Unreadable, name, "is a folder, not a file")
                : new ImageLoadException(ImageLoadProblem.Missing, name, "file not found");
        }

        CheckSize(info.Length, name);
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ImageLoadException(ImageLoadProblem.Missing, name, "file not found", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImageLoadException(ImageLoadProblem.Unreadable, name, "cannot be read: " + e.Message, e);
        }
    }

    private async Task<ReadOnlyMemory<byte>> FetchAsync(Uri uri, string name, CancellationToken cancellationToken)
    {
        if (!Options.AllowRemote)
        {
            throw new ImageLoadException(
                ImageLoadProblem.RemoteNotAllowed, name, "remote image not fetched; pass --allow-remote-images to allow fetching it");
        }

        var client = Options.HttpClient ?? SharedClient.Value;
        var current = uri;
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (IsRedirect(response.StatusCode))
                {
                    current = NextHop(current, response.Headers.Location, hop, name);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new ImageLoadException(
                        ImageLoadProblem.RemoteFailed, name, $"HTTP {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}".TrimEnd());
                }

                if (response.Content.Headers.ContentLength is { } declared)
                {
                    CheckSize(declared, name);
                }

                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                return await ReadLimitedAsync(stream, name, cancellationToken);
            }
        }
        catch (Exception e) when (e is HttpRequestException or NotSupportedException or UriFormatException or InvalidOperationException)
        {
            // A caller's own client may follow redirects itself and fail on an unsupported target; that too is a
            // failed fetch of this one image, never the end of the run.
            throw new ImageLoadException(ImageLoadProblem.RemoteFailed, name, "fetch failed: " + e.Message, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ImageLoadException(ImageLoadProblem.RemoteFailed, name, "fetch timed out", e);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    // Redirects are followed here, not by the HTTP handler, so that only http(s) targets are ever requested and a
    // loop ends after a few hops.
    private static Uri NextHop(Uri current, Uri? location, int hop, string name)
    {
        if (hop >= MaxRedirects)
        {
            throw new ImageLoadException(ImageLoadProblem.RemoteFailed, name, $"more than {MaxRedirects} redirects; not followed further");
        }

        if (location is null)
        {
            throw new ImageLoadException(ImageLoadProblem.RemoteFailed, name, "redirect without a Location header");
        }

        var next = location.IsAbsoluteUri ? location : new Uri(current, location);
        return next.Scheme == Uri.UriSchemeHttp || next.Scheme == Uri.UriSchemeHttps
            ? next
            : throw new ImageLoadException(
                ImageLoadProblem.RemoteFailed, name, $"redirected to a {next.Scheme}: URL; only http(s) redirects are followed");
    }

    // The declared length can be absent or wrong, so the limit is enforced while reading too.
    private async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(Stream stream, string name, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            CheckSize(buffer.Length + read, name);
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private void CheckSize(long length, string name)
    {
        if (length > Options.MaxBytes)
        {
            throw new ImageLoadException(
                ImageLoadProblem.TooLarge,
                name,
                string.Create(CultureInfo.InvariantCulture, $"{length:N0} bytes is more than the limit of {Options.MaxBytes:N0} bytes"));
        }
    }
}
