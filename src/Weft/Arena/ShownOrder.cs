namespace Weft.Arena;

/// <summary>Which system a judge or annotator saw first (on the left).</summary>
public enum ShownOrder
{
    /// <summary>System A was shown first.</summary>
    AB,

    /// <summary>System B was shown first.</summary>
    BA,
}
