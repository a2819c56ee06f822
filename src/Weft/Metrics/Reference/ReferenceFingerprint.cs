using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Metrics.Reference;

/// <summary>A fingerprint of what the reference-based metrics of one output depend on: the output and its instance's reference.</summary>
/// <remarks>
/// Output images count by the hash of their bytes when known; reference images count by their key (path, URL or inline
/// hash), since they are read only when the image metrics are asked for and the fingerprint must not change with the
/// metrics asked; a reference image file replaced in place under the same name is therefore not noticed.
/// </remarks>
internal static class ReferenceFingerprint
{
    public static string Of(Instance instance, SystemOutput output, Func<string, string?> imageHash)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var text = new StringBuilder(ContentHash.Of(instance, output, imageHash));
        foreach (var block in instance.Reference ?? [])
        {
            text.Append('\0').Append(block switch
            {
                TextContent t => "t:" + t.Text,
                _ when ContentImages.IsImage(block) => "i:" + ContentImages.Key(block),
                _ => "?:" + block.GetType().Name,
            });
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
