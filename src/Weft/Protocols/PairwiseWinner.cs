namespace Weft.Protocols;

/// <summary>Who won a battle between system A and system B (OpenING's verdict classes plus a plain tie).</summary>
public enum PairwiseWinner
{
    /// <summary>System A is better.</summary>
    A,

    /// <summary>System B is better.</summary>
    B,

    /// <summary>A tie leaning to A ("Tie(A)").</summary>
    TieA,

    /// <summary>A tie leaning to B ("Tie(B)").</summary>
    TieB,

    /// <summary>A tie with no leaning, where a source has one.</summary>
    Tie,
}
