using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>Turns the string a dataset gives for an image into an image block, without opening or fetching anything.</summary>
internal static class ImageValues
{
    /// <summary>
    /// A <c>data:image/...;base64,</c> URI becomes inline data, an <c>http(s)</c> URL a remote reference, and anything
    /// else a path relative to <paramref name="root"/>; on failure <paramref name="problem"/> says why.
    /// </summary>
    public static bool TryCreate(string value, DatasetRoot root, out AIContent image, out string problem)
    {
        image = null!;
        problem = Scheme(value) switch
        {
            null => FromPath(value, root, ref image),
            "data" => FromDataUri(value, ref image),
            "http" or "https" => FromUrl(value, ref image),
            var other => $"unsupported URI scheme \"{other}:\"; use a relative path, a data: URI or an http(s) URL",
        };
        return problem.Length == 0;
    }

    // A scheme has at least two characters, so a Windows drive ("C:\x") is treated as a path (and refused as absolute).
    private static string? Scheme(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 2 || !char.IsAsciiLetter(value[0]))
        {
            return null;
        }

        var scheme = value[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme.ToLowerInvariant() : null;
    }

    private static string FromPath(string value, DatasetRoot root, ref AIContent image)
    {
        if (!root.TryResolve(value, out var fullPath, out var problem))
        {
            return problem;
        }

        image = ContentImages.FromFile(fullPath, root.Folder);
        return "";
    }

    private static string FromDataUri(string value, ref AIContent image)
    {
        DataContent data;
        try
        {
            data = new DataContent(value);
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or FormatException)
        {
            return "invalid data URI: " + e.Message;
        }

        if (!data.HasTopLevelMediaType("image"))
        {
            return $"data URI has media type \"{data.MediaType}\"; expected an image type such as image/png";
        }

        if (data.Data.IsEmpty)
        {
            return "data URI holds no bytes";
        }

        image = data;
        return "";
    }

    private static string FromUrl(string value, ref AIContent image)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return $"invalid URL \"{value}\"";
        }

        image = new UriContent(uri, ContentImages.UnknownImageMediaType);
        return "";
    }
}
