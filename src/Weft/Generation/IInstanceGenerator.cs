using Weft.Content;

namespace Weft.Generation;

/// <summary>Produces one instance's answer; failures come back as results, never as scores or exceptions (cancellation aside).</summary>
internal interface IInstanceGenerator
{
    Task<InstanceResult> GenerateAsync(Instance instance, CancellationToken cancellationToken);
}
