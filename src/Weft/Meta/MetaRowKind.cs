namespace Weft.Meta;

/// <summary>What a row of the meta-evaluation table measures.</summary>
public enum MetaRowKind
{
    /// <summary>The run's judge.</summary>
    Judge,

    /// <summary>A reference-based baseline metric stored in the run as <c>ref.*</c>.</summary>
    Baseline,

    /// <summary>The leave-one-rater-out human ceiling.</summary>
    HumanCeiling,
}
