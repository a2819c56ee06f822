using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Server.Annotations;

/// <summary>
/// The images a run knows (instance inputs, references and outputs) under opaque ids, so that the web app serves only
/// those: a URL names an id, never a path.
/// </summary>
internal sealed class ImageIndex
{
    private readonly Dictionary<string, AIContent> byId = new(StringComparer.Ordinal);

    /// <summary>Adds the local and inline images of <paramref name="content"/>; remote URLs are not served.</summary>
    public void AddAll(IEnumerable<AIContent> content)
    {
        foreach (var block in content.Where(b => ContentImages.IsImage(b) && (b is DataContent || ContentImages.LocalPath(b) is not null)))
        {
            byId.TryAdd(IdOf(block), block);
        }
    }

    /// <summary>The id of an image block (32 hex digits of the SHA-256 of its key).</summary>
    public static string IdOf(AIContent image) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ContentImages.Key(image))))[..32];

    /// <summary>Whether the block is an image this index serves.</summary>
    public bool Serves(AIContent image) => ContentImages.IsImage(image) && byId.ContainsKey(IdOf(image));

    /// <summary>The bytes of the image with this id, or null when the id is unknown or the file is gone.</summary>
    public async Task<byte[]?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        if (!byId.TryGetValue(id, out var block))
        {
            return null;
        }

        if (block is DataContent data)
        {
            return data.Data.ToArray();
        }

        // Checked again at the moment of reading, as the judge's loader does: a path that left its dataset folder is
        // never served, whatever the URI it came in.
        var path = ContentImages.CheckedLocalPath(block, out _);
        return path is not null && File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }
}
