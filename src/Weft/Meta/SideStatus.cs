namespace Weft.Meta;

/// <summary>Whether a side of an output has a usable score for an aspect.</summary>
internal enum SideStatus
{
    /// <summary>A score.</summary>
    Value,

    /// <summary>Marked not applicable (judge or every rater), or no metric value.</summary>
    NotApplicable,

    /// <summary>The judge gave no valid score, or has not judged the output yet.</summary>
    Error,

    /// <summary>No rater rated it.</summary>
    Missing,
}
