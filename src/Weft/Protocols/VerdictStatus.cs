namespace Weft.Protocols;

/// <summary>How one aspect of one output ended.</summary>
public enum VerdictStatus
{
    /// <summary>The judge gave a valid score.</summary>
    Scored,

    /// <summary>The aspect does not apply to this output (never counted as 0).</summary>
    NotApplicable,

    /// <summary>No valid score could be obtained; the raw reply and reason are kept in the store.</summary>
    Error,
}
