using Microsoft.Extensions.AI;

namespace Weft.Protocols;

/// <summary>What request building needs to know about images checked before judging.</summary>
public interface IImageIndex
{
    /// <summary>The SHA-256 of a usable image's bytes, or null when the image is missing or undecodable.</summary>
    string? Sha256(AIContent image);
}
