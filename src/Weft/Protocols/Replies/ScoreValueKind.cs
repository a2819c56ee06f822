namespace Weft.Protocols.Replies;

/// <summary>What one place in a reply says about a score.</summary>
internal enum ScoreValueKind
{
    /// <summary>An integer inside the scale.</summary>
    Valid,

    /// <summary>The judge wrote N/A, null or "not applicable".</summary>
    NotApplicable,

    /// <summary>A number that is not acceptable: not an integer, out of range, or on another scale.</summary>
    Invalid,

    /// <summary>Something in a score's place that is not a number at all.</summary>
    NotNumeric,

    /// <summary>The key is there but carries no score (an object without a score field, a cut-off reply).</summary>
    Absent,
}
