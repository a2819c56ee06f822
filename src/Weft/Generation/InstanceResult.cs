namespace Weft.Generation;

/// <summary>What generating one instance gave: the answer, or the error that stopped it, and the steps taken.</summary>
internal sealed record InstanceResult(string InstanceId, IReadOnlyList<OutputBlock>? Blocks, string? Error, IReadOnlyList<GenerationStep> Steps)
{
    public static InstanceResult Failed(string instanceId, string error, IReadOnlyList<GenerationStep>? steps = null) => new(instanceId, null, error, steps ?? []);
}
