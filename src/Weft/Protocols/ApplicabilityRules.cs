using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Protocols;

/// <summary>Decides which InterleavedEval aspects apply to an output (PROTOCOLS.md §1); N/A is never scored as 0.</summary>
/// <remarks>
/// Content rules always hold: no image → perceptual quality, image coherence and text-image coherence are N/A;
/// fewer than two images → image coherence is N/A; no text → text quality and text-image coherence are N/A.
/// Task rules come from the configuration (<see cref="TaskAspectRule"/>); a task without a configured rule gets
/// the paper's default: image-editing and subject-driven tasks do not score the text aspects.
/// </remarks>
public sealed partial class ApplicabilityRules
{
    private static readonly Aspect[] TextAspects = [Aspect.TextQuality, Aspect.TextImageCoherence];

    private readonly IReadOnlyList<TaskAspectRule> taskRules;

    /// <summary>Creates the rules with optional per-task overrides (first matching rule wins).</summary>
    public ApplicabilityRules(IReadOnlyList<TaskAspectRule>? taskRules = null) => this.taskRules = taskRules ?? [];

    /// <summary>The default rules with no overrides.</summary>
    public static ApplicabilityRules Default { get; } = new();

    /// <summary>Decides applicability for one output of an instance of <paramref name="task"/>.</summary>
    public Applicability Decide(string task, IReadOnlyList<AIContent> output)
    {
        var images = ContentImages.CountImages(output);
        var texts = ContentImages.CountTexts(output);
        var excluded = new Dictionary<Aspect, string>();

        foreach (var aspect in ExcludedByTask(task, out var rule))
        {
            excluded.TryAdd(aspect, rule);
        }

        if (images == 0)
        {
            excluded.TryAdd(Aspect.PerceptualQuality, "the output has no image");
            excluded.TryAdd(Aspect.ImageCoherence, "the output has no image");
            excluded.TryAdd(Aspect.TextImageCoherence, "the output has no image");
        }
        else if (images == 1)
        {
            excluded.TryAdd(Aspect.ImageCoherence, "the output has only one image");
        }

        if (texts == 0)
        {
            excluded.TryAdd(Aspect.TextQuality, "the output has no text");
            excluded.TryAdd(Aspect.TextImageCoherence, "the output has no text");
        }

        return new Applicability(
            [.. Aspects.All.Where(a => !excluded.ContainsKey(a))],
            [.. Aspects.All.Where(excluded.ContainsKey).Select(a => AspectVerdict.NotApplicable(a, excluded[a]))]);
    }

    private IEnumerable<Aspect> ExcludedByTask(string task, out string reason)
    {
        foreach (var rule in taskRules)
        {
            if (rule.Matches(task))
            {
                reason = $"not scored for task '{task}' (configuration: {rule.Pattern})";
                return rule.NotApplicable;
            }
        }

        if (ImageOnlyTask().IsMatch(task))
        {
            reason = $"text aspects are not scored for image-editing and subject-driven tasks ('{task}')";
            return TextAspects;
        }

        reason = string.Empty;
        return [];
    }

    // The image-only families of the released benchmarks, under every spelling seen: InterleavedBench's "Sequential Image
    // Editing" (sequential_editing, image_editing) and "Multi-concept Composition" (subject-driven); OpenING's "Interactive
    // Portrait / Landscape Image Editing", "Interactive Graphic Advertisement Editing" and "Interactive Multi-concept Image
    // Composition"; our sample's "image-editing". "edit" must start a word (camelCase counts), so "credit_report" is not
    // editing, and text or document editing asks for text. ISG, MMIE and CoMM have no such task: their answers interleave
    // text (ISG's style and attribute transfers included).
    [GeneratedRegex(
        @"(?<!(?:text|document|code|essay|copy)[\s_-]*)(?:(?<![a-z0-9])edit|(?-i:(?<=[a-z])Edit))"
            + @"|subject[\s_-]*driven|multi[\s_-]*concept|concept[\s_-]*composition",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageOnlyTask();
}
