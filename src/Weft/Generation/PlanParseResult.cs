namespace Weft.Generation;

/// <summary>A planner reply read: the plan, or why there is none.</summary>
/// <param name="Plan">The plan, when the reply held a usable one.</param>
/// <param name="Problem">What is wrong with the reply, when <paramref name="Plan"/> is null.</param>
internal sealed record PlanParseResult(GenerationPlan? Plan, string? Problem)
{
    public static PlanParseResult Failed(string problem) => new(null, problem);
}
