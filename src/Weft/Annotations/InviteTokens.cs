using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Weft.Annotations;

/// <summary>Invite tokens: 256 random bits in base64url, of which the store keeps only the SHA-256.</summary>
internal static class InviteTokens
{
    /// <summary>A new random token (43 base64url characters).</summary>
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The SHA-256 of the token's UTF-8 bytes.</summary>
    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether two hashes are equal, in time that does not depend on where they differ.</summary>
    public static bool SameHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => CryptographicOperations.FixedTimeEquals(left, right);
}
