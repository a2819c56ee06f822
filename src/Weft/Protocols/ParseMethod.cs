namespace Weft.Protocols;

/// <summary>Which reading of a judge reply produced its scores.</summary>
public enum ParseMethod
{
    /// <summary>The whole reply is JSON of exactly the requested shape, with every score valid.</summary>
    StrictJson,

    /// <summary>Scores came from JSON found in the reply in an accepted variant shape (text lines may add to them).</summary>
    TolerantJson,

    /// <summary>Scores came from text lines, headings or a Markdown table; the reply held no usable JSON.</summary>
    Text,

    /// <summary>The reply holds no score at all (refusal, empty, unrelated text).</summary>
    None,
}
