using System.Security.Cryptography;
using System.Text;
using Weft.Files;
using Weft.Images;

namespace Weft.Generation;

/// <summary>Names and writes generated pictures: <c>images/&lt;system&gt;/&lt;instance&gt;-&lt;k&gt;[-r&lt;attempt&gt;].&lt;ext&gt;</c>, the extension taken from the bytes.</summary>
internal sealed class ImageFiles(string outputFolder, string system)
{
    public string OutputFolder { get; } = Path.GetFullPath(outputFolder);

    /// <summary>The path stem (relative, no extension) of picture <paramref name="image"/> of an instance at a refine attempt.</summary>
    public string Stem(string instanceId, int image, int attempt) =>
        $"images/{system}/{SafeName(instanceId)}-{image}{(attempt > 0 ? $"-r{attempt}" : string.Empty)}";

    /// <summary>Writes the bytes atomically beside the stem with the extension of their format; throws <see cref="InvalidDataException"/> for bytes that are no known image.</summary>
    public async Task<GeneratedImage> SaveAsync(string requestKey, string stem, byte[] bytes, CancellationToken cancellationToken)
    {
        var mediaType = ImageFormats.SniffMediaType(bytes.AsSpan(0, Math.Min(bytes.Length, ImageFormats.HeaderLength)))
            ?? throw new InvalidDataException("the image model sent bytes that are not a PNG, JPEG, GIF, WebP or BMP image");
        var relative = stem + ImageFormats.Extension(mediaType);
        var full = Full(relative);
        await AtomicFile.WriteAllBytesAsync(full, bytes, cancellationToken);
        return new GeneratedImage(requestKey, relative, full, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>The absolute path of a relative one.</summary>
    public string Full(string relative) => Path.GetFullPath(Path.Combine(OutputFolder, relative));

    /// <summary>The SHA-256 of a saved file, or null when it is gone.</summary>
    public static async Task<string?> HashAsync(string fullPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(fullPath))
        {
            return null;
        }

        await using var stream = File.OpenRead(fullPath);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    // Instance ids become file names: anything but letters, digits, '.', '_' and '-' is replaced, and a short hash
    // of the id is added when that changed it, so that two ids never share a file.
    private static string SafeName(string id)
    {
        var safe = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' || (c == '.' && safe.Length > 0) ? c : '_');
        }

        var name = safe.ToString();
        return name == id && name.Length <= 80
            ? name
            : $"{name[..Math.Min(name.Length, 60)]}_{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8]}";
    }
}
