namespace Weft.Protocols;

/// <summary>The one closed set of reasons a unit ends without a verdict.</summary>
public enum VerdictErrorKind
{
    /// <summary>No usable reply: the request failed after its retries (network, timeout, HTTP error); a later run asks again.</summary>
    Transport,

    /// <summary>The judge answered without any answer to read (a refusal or unrelated text), even after the repair request.</summary>
    Refusal,

    /// <summary>The reply held answers but not valid ones for every criterion asked (missing, conflicting), even after the repair request.</summary>
    Unparseable,

    /// <summary>The reply gave a score outside the criterion's scale, even after the repair request.</summary>
    OutOfRange,

    /// <summary>The reply was cut off at the output token limit before its answers were complete.</summary>
    Truncated,
}
