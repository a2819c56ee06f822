namespace Weft.Meta;

/// <summary>What one unit of a meta-evaluation correlation is.</summary>
public enum MetaLevel
{
    /// <summary>One unit per output (instance × system): judge score against the mean human score over raters.</summary>
    Instance,

    /// <summary>One unit per system: the means of both sides over the system's instances used at instance level.</summary>
    System,
}
