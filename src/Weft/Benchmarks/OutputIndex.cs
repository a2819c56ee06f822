using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>One system's outputs as an index: the instance id of each, and the outputs themselves read when asked for.</summary>
/// <param name="InstanceIds">The instance each output answers, in file order.</param>
/// <param name="Outputs">The outputs, by the same positions.</param>
public sealed record OutputIndex(IReadOnlyList<string> InstanceIds, ItemSource<SystemOutput> Outputs)
{
    /// <summary>An index over outputs already read whole.</summary>
    public static OutputIndex Of(IReadOnlyList<SystemOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        return new([.. outputs.Select(o => o.InstanceId)], ItemSource<SystemOutput>.Held(outputs));
    }
}
