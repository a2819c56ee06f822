namespace Weft.Protocols;

/// <summary>What one verdict of a protocol is about.</summary>
public enum JudgeUnitKind
{
    /// <summary>One system's output for one instance, judged without a reference.</summary>
    Output,

    /// <summary>One output judged against the instance's reference content.</summary>
    OutputWithReference,

    /// <summary>Two outputs for one instance, asked in both shown orders.</summary>
    Pair,

    /// <summary>A whole instance with the outputs of all systems (room for protocols that rank them together).</summary>
    Instance,
}
