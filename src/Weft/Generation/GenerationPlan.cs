namespace Weft.Generation;

/// <summary>What the planner decided an answer looks like: text blocks and image prompts, in reading order.</summary>
/// <param name="Blocks">At least one block.</param>
public sealed record GenerationPlan(IReadOnlyList<PlanBlock> Blocks)
{
    /// <summary>Number of image prompts in the plan.</summary>
    public int ImageCount => Blocks.Count(b => b.Kind == PlanBlockKind.Image);
}
