using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace Weft.Content;

/// <summary>A stable fingerprint of what a judge sees of one output, to notice when data changed under a run.</summary>
public static class ContentHash
{
    /// <summary>
    /// SHA-256 (hex) of everything a judge sees of one output: the instance's instruction and input and the output,
    /// with images counted by the hash of their bytes when <paramref name="imageHash"/> knows it, else by their key.
    /// </summary>
    public static string Of(Instance instance, SystemOutput output, Func<string, string?> imageHash)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(output);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, [new TextContent(instance.Instruction)], imageHash);
        Append(hash, instance.Input, imageHash);
        hash.AppendData([1]);
        Append(hash, output.Content, imageHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, IReadOnlyList<AIContent> content, Func<string, string?> imageHash)
    {
        foreach (var block in content)
        {
            var part = block switch
            {
                TextContent text => "t:" + text.Text,
                _ when ContentImages.IsImage(block) => "i:" + (imageHash(ContentImages.Key(block)) ?? ContentImages.Key(block)),
                _ => "?:" + block.GetType().Name,
            };
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }
    }
}
