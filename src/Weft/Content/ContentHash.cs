using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace Weft.Content;

/// <summary>A stable fingerprint of an interleaved sequence: its texts and the identity of its images.</summary>
public static class ContentHash
{
    /// <summary>SHA-256 (hex) over each block's kind and text or image key, in order.</summary>
    public static string Of(IReadOnlyList<AIContent> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var block in content)
        {
            var part = block switch
            {
                TextContent text => "t:" + text.Text,
                _ when ContentImages.IsImage(block) => "i:" + ContentImages.Key(block),
                _ => "?:" + block.GetType().Name,
            };
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
