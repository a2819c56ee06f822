namespace Weft.Generation;

/// <summary>One block of a generation plan.</summary>
/// <param name="Kind">Text or image prompt.</param>
/// <param name="Content">The text, or the image prompt; never blank.</param>
public sealed record PlanBlock(PlanBlockKind Kind, string Content);
