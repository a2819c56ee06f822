using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.AI;

namespace Weft.Judges;

/// <summary>
/// Image bytes waiting to be written into a request body. The OpenAI SDK turns every inline image into a
/// <c>data:</c> URI string when the request is built — a copy of the bytes and two UTF-16 base64 strings, about five
/// times the image, on the large object heap and alive for the whole call. Instead, each image goes to the SDK as a
/// 24-character stand-in whose base64 form is a unique token; <see cref="InlineImagePolicy"/> finds the tokens in the
/// serialised body and streams the real bytes, base64-encoded, in their place.
/// </summary>
internal sealed class InlineImages
{
    // Base64 letters that JSON writers never escape ('+' and '/' can be escaped as \u002B and \/).
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Length of a token: 24 base64 characters, 18 bytes, so the SDK's encoding has no padding.</summary>
    public const int TokenLength = 24;

    /// <summary>Length of the per-process prefix shared by every token.</summary>
    public const int PrefixLength = 14;

    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> waiting = new(StringComparer.Ordinal);
    private long counter;

    /// <summary>Creates a set with a random prefix, so that no text in a request can name a token by chance.</summary>
    public InlineImages()
    {
        Prefix = RandomNumberGenerator.GetString(Alphabet, PrefixLength);
    }

    /// <summary>The 14 random letters every token of this set starts with.</summary>
    public string Prefix { get; }

    /// <summary>True when no image is waiting.</summary>
    public bool IsEmpty => waiting.IsEmpty;

    /// <summary>A stand-in for <paramref name="image"/> (same media type and properties) and the token it will show as.</summary>
    public (DataContent StandIn, string Token) Register(DataContent image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var number = Interlocked.Increment(ref counter);
        var token = Prefix + Number(number);
        waiting[token] = image.Data;
        var standIn = new DataContent(Convert.FromBase64String(token), image.MediaType) { AdditionalProperties = image.AdditionalProperties };
        return (standIn, token);
    }

    /// <summary>The bytes registered under <paramref name="token"/>.</summary>
    public bool TryGet(string token, out ReadOnlyMemory<byte> bytes) => waiting.TryGetValue(token, out bytes);

    /// <summary>Forgets <paramref name="token"/> once its request is answered.</summary>
    public void Release(string token) => waiting.TryRemove(token, out _);

    // Ten letters from the alphabet (62^10 values): the counter never repeats within a process.
    private static string Number(long value)
    {
        Span<char> letters = stackalloc char[TokenLength - PrefixLength];
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            letters[i] = Alphabet[(int)(value % Alphabet.Length)];
            value /= Alphabet.Length;
        }

        return new string(letters);
    }
}
