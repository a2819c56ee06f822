using Weft.Content;
using Weft.Judges;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Generation;

/// <summary>
/// A pipeline system: the planner lays the answer out as text and image prompts (one repair request when its reply
/// breaks the schema), the image model draws every prompt, and with refine a judge checks each picture and failed
/// ones are drawn again with the problem added to the prompt, up to the allowed number of redraws.
/// </summary>
internal sealed class PipelineGenerator(
    CachedJudge planner, PlanRequests plans, CachedImages images, ImageFiles files, ImageIndex index, CachedJudge? checker, ImageCheck? check, int refine)
    : IInstanceGenerator
{
    private int redraws;

    public int Redraws => Volatile.Read(ref redraws);

    public async Task<InstanceResult> GenerateAsync(Instance instance, CancellationToken cancellationToken)
    {
        if (instance.Input.FirstOrDefault(i => ContentImages.IsImage(i) && index.Sha256(i) is null) is { } unusable)
        {
            return InstanceResult.Failed(instance.Id, "an input image cannot be used: " + ContentImages.Describe(unusable));
        }

        GenerationPlan plan;
        try
        {
            var (found, problem) = await PlanAsync(instance, cancellationToken);
            if (found is null)
            {
                return InstanceResult.Failed(instance.Id, problem!);
            }

            plan = found;
        }
        catch (RequestFailedException e)
        {
            return InstanceResult.Failed(instance.Id, "the planner request failed: " + Fatal(e).Message);
        }

        var drawings = new List<Task<(GeneratedImage Image, List<GenerationStep> Steps)>>();
        var k = 0;
        for (var i = 0; i < plan.Blocks.Count; i++)
        {
            if (plan.Blocks[i].Kind == PlanBlockKind.Image)
            {
                drawings.Add(DrawAsync(instance.Id, ++k, plan.Blocks[i].Content, Neighbour(plan, i, -1), Neighbour(plan, i, +1), cancellationToken));
            }
        }

        (GeneratedImage Image, List<GenerationStep> Steps)[] drawn;
        try
        {
            drawn = await Task.WhenAll(drawings);
        }
        catch (RequestFailedException e)
        {
            return InstanceResult.Failed(instance.Id, "an image request failed: " + Fatal(e).Message, [.. drawings.Where(d => d.IsCompletedSuccessfully).SelectMany(d => d.Result.Steps)]);
        }

        var blocks = new List<OutputBlock>(plan.Blocks.Count);
        k = 0;
        foreach (var block in plan.Blocks)
        {
            blocks.Add(block.Kind == PlanBlockKind.Text ? OutputBlock.OfText(block.Content) : OutputBlock.OfImage(drawn[k++].Image.RelativePath));
        }

        return new InstanceResult(instance.Id, blocks, null, [.. drawn.SelectMany(d => d.Steps)]);
    }

    private async Task<(GenerationPlan? Plan, string? Problem)> PlanAsync(Instance instance, CancellationToken cancellationToken)
    {
        var first = plans.Plan(instance);
        var reply = await planner.GetReplyAsync(first, cancellationToken);
        var parsed = PlanParser.Parse(reply.Reply);
        if (parsed.Plan is not null)
        {
            return (parsed.Plan, null);
        }

        var repair = plans.Repair(first, reply.Reply, parsed.Problem!);
        var again = PlanParser.Parse((await planner.GetReplyAsync(repair, cancellationToken)).Reply);
        return again.Plan is not null
            ? (again.Plan, null)
            : (null, $"the planner's reply is unusable: {parsed.Problem}; after the repair request: {again.Problem}");
    }

    private async Task<(GeneratedImage Image, List<GenerationStep> Steps)> DrawAsync(
        string instanceId, int k, string original, string before, string after, CancellationToken cancellationToken)
    {
        var steps = new List<GenerationStep>();
        var prompt = original;
        for (var attempt = 0; ; attempt++)
        {
            var image = await images.GetAsync(files.Stem(instanceId, k, attempt), prompt, cancellationToken);
            index.Add(image.FullPath, image.Sha256);
            if (checker is null || check is null)
            {
                steps.Add(new GenerationStep(instanceId, k, attempt, prompt, image.RequestKey, image.RelativePath, image.Sha256, null, null));
                return (image, steps);
            }

            var (ok, problem) = await CheckAsync(original, before, after, image, cancellationToken);
            steps.Add(new GenerationStep(instanceId, k, attempt, prompt, image.RequestKey, image.RelativePath, image.Sha256, ok, problem));
            if (ok != false || attempt >= refine)
            {
                return (image, steps);
            }

            Interlocked.Increment(ref redraws);
            prompt = $"{original} Make sure of this, which the last drawing got wrong: {problem}";
        }
    }

    // A check that cannot be made leaves the picture as it is: the check improves pictures, it never removes one.
    private async Task<(bool? Ok, string? Problem)> CheckAsync(string prompt, string before, string after, GeneratedImage image, CancellationToken cancellationToken)
    {
        try
        {
            var request = check!.Request(prompt, before, after, ContentImages.FromFile(image.FullPath));
            var reply = await checker!.GetReplyAsync(request, cancellationToken);
            return ImageCheck.Parse(reply.Reply) is { } verdict ? (verdict.Ok, verdict.Ok ? null : verdict.Problem) : (null, "the check's reply held no verdict");
        }
        catch (RequestFailedException e)
        {
            return (null, "the check request failed: " + Fatal(e).Message);
        }
    }

    private static string Neighbour(GenerationPlan plan, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < plan.Blocks.Count; i += step)
        {
            if (plan.Blocks[i].Kind == PlanBlockKind.Text)
            {
                return plan.Blocks[i].Content;
            }
        }

        return string.Empty;
    }

    // Refused credentials stop the run: every other request would be refused the same way.
    private static RequestFailedException Fatal(RequestFailedException failure) =>
        failure.Fault.StopsRun ? throw new JudgeConfigurationException(failure.Fault.Message, failure) : failure;
}
