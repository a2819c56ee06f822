using System.Collections.Concurrent;
using System.Globalization;
using Weft.Annotations;
using Weft.Arena;
using Weft.Protocols;

namespace Weft.Server.Annotations;

/// <summary>The annotation logic behind the web app: queues, progress, and validated writes (each failure is an <see cref="AnnotationException"/>).</summary>
internal sealed class AnnotationService(RunCatalog catalog, IAnnotationStore store, AnnotationMode mode, RatingScale scale, TimeProvider time)
{
    /// <summary>Longest comment accepted, in characters.</summary>
    public const int MaxComment = 2000;

    private readonly ConcurrentDictionary<string, IReadOnlyList<ScoringItem>> scoring = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Battle>> pairwise = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scoring or pairwise.</summary>
    public AnnotationMode Mode => mode;

    /// <summary>The rating scale of scoring mode.</summary>
    public RatingScale Scale => scale;

    /// <summary>
    /// The answers people may give on <paramref name="aspect"/>: the criterion's own scale or labels for a run judged with a
    /// protocol file, else the server's rating scale.
    /// </summary>
    public CriterionScale ScaleOf(string aspect) =>
        catalog.OwnCriteria && catalog.Criteria.FirstOrDefault(c => c.Name == aspect) is { } criterion
            ? criterion.Scale
            : CriterionScale.Range(scale.Min, scale.Max);

    /// <summary>The run shown.</summary>
    public RunCatalog Catalog => catalog;

    /// <summary>The annotator's scoring queue.</summary>
    public IReadOnlyList<ScoringItem> ScoringQueue(string annotator) =>
        scoring.GetOrAdd(annotator, a => AnnotationQueues.Scoring(catalog.ScoringItems, a));

    /// <summary>The annotator's pairwise queue.</summary>
    public IReadOnlyList<Battle> PairwiseQueue(string annotator) =>
        pairwise.GetOrAdd(annotator, a => AnnotationQueues.Pairwise(catalog.Pairs, a));

    /// <summary>The annotator's own ratings of one output: aspect key → score (null = N/A); empty when not rated.</summary>
    public async Task<IReadOnlyDictionary<string, int?>> RatingsOfAsync(string annotator, ScoringItem item, CancellationToken cancellationToken) =>
        (await store.ReadRatingsAsync(annotator, cancellationToken))
            .Where(r => r.InstanceId == item.InstanceId && r.System == item.System)
            .ToDictionary(r => r.Aspect, r => r.Score is { } s ? (int?)(int)s : null, StringComparer.Ordinal);

    /// <summary>The comment the annotator left on one output, if any.</summary>
    public async Task<string?> CommentOfAsync(string annotator, ScoringItem item, CancellationToken cancellationToken) =>
        (await store.ReadRatingsAsync(annotator, cancellationToken)).FirstOrDefault(r => r.InstanceId == item.InstanceId && r.System == item.System)?.Comment;

    /// <summary>The annotator's own verdict on a battle, or null.</summary>
    public async Task<PairwiseVerdict?> VerdictOfAsync(string annotator, Battle battle, CancellationToken cancellationToken) =>
        (await store.ReadVerdictsAsync(annotator, cancellationToken)).FirstOrDefault(v => v.InstanceId == battle.InstanceId && v.SystemA == battle.SystemA && v.SystemB == battle.SystemB);

    /// <summary>How far the annotator is in the current mode's queue.</summary>
    public async Task<Progress> ProgressOfAsync(string annotator, CancellationToken cancellationToken)
    {
        bool[] done;
        if (mode == AnnotationMode.Scoring)
        {
            var rated = (await store.ReadRatingsAsync(annotator, cancellationToken)).Select(r => (r.InstanceId, r.System)).ToHashSet();
            done = [.. ScoringQueue(annotator).Select(i => rated.Contains((i.InstanceId, i.System)))];
        }
        else
        {
            var judged = (await store.ReadVerdictsAsync(annotator, cancellationToken)).Select(v => (v.InstanceId, v.SystemA, v.SystemB)).ToHashSet();
            done = [.. PairwiseQueue(annotator).Select(b => judged.Contains((b.InstanceId, b.SystemA, b.SystemB)))];
        }

        var open = Array.IndexOf(done, false);
        return new Progress(done.Count(d => d), done.Length, open < 0 ? done.Length : open);
    }

    /// <summary>Validates and saves the annotator's scores of one output (aspect key → score, null = N/A).</summary>
    public async Task SaveScoresAsync(string annotator, string instanceId, string system, IReadOnlyDictionary<string, double?> scores, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (mode != AnnotationMode.Scoring)
        {
            throw new AnnotationException("this server collects pairwise verdicts, not scores.");
        }

        var item = ScoringQueue(annotator).FirstOrDefault(i => i.InstanceId == instanceId && i.System == system)
            ?? throw new AnnotationException($"instance '{instanceId}' of system '{system}' is not in your queue.");
        foreach (var key in scores.Keys.Where(k => !item.Aspects.Contains(k, StringComparer.Ordinal)))
        {
            throw new AnnotationException($"aspect '{key}' does not apply to this output (applicable: {string.Join(", ", item.Aspects)}).");
        }

        var rows = new List<(string, int?)>();
        foreach (var aspect in item.Aspects)
        {
            if (!scores.TryGetValue(aspect, out var score))
            {
                throw new AnnotationException($"aspect '{aspect}' has no score (send null for N/A).");
            }

            var allowed = ScaleOf(aspect);
            if (score is { } value && (!double.IsInteger(value) || !allowed.Allows((int)value)))
            {
                throw new AnnotationException(catalog.OwnCriteria
                    ? string.Create(CultureInfo.InvariantCulture, $"aspect '{aspect}': score {value} is not one of its answers ({Answers(allowed)}).")
                    : string.Create(CultureInfo.InvariantCulture, $"aspect '{aspect}': score {value} is not an integer on the scale {scale}."));
            }

            rows.Add((aspect, score is { } v ? (int)v : null));
        }

        await store.SaveRatingsAsync(annotator, instanceId, system, rows, CheckComment(comment), time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Validates and saves the annotator's verdict on a battle; the shown order is the one the server drew.</summary>
    public async Task SaveVerdictAsync(string annotator, string instanceId, string systemA, string systemB, string winner, string? comment, CancellationToken cancellationToken)
    {
        if (mode != AnnotationMode.Pairwise)
        {
            throw new AnnotationException("this server collects scores, not pairwise verdicts.");
        }

        if (!PairwiseWinners.TryParse(winner, out var parsed) || parsed == PairwiseWinner.Tie)
        {
            throw new AnnotationException($"winner '{winner}' is not one of A, B, Tie(A), Tie(B).");
        }

        var queue = PairwiseQueue(annotator);
        var battle = queue.FirstOrDefault(b => b.InstanceId == instanceId && b.SystemA == systemA && b.SystemB == systemB);
        if (battle is null && queue.FirstOrDefault(b => b.InstanceId == instanceId && b.SystemA == systemB && b.SystemB == systemA) is { } swapped)
        {
            (battle, parsed) = (swapped, PairwiseWinners.Flip(parsed));
        }

        if (battle is null)
        {
            throw new AnnotationException($"the battle '{systemA}' vs '{systemB}' on instance '{instanceId}' is not in your queue.");
        }

        var verdict = new PairwiseVerdict(battle.InstanceId, battle.SystemA, battle.SystemB, parsed, "annotator:" + annotator, battle.Shown, CheckComment(comment));
        await store.SaveVerdictAsync(annotator, verdict, time.GetUtcNow(), cancellationToken);
    }

    private static string Answers(CriterionScale scale) => scale.HasLabels
        ? string.Join(", ", scale.Labels.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Value} for {l.Name}")))
        : string.Create(CultureInfo.InvariantCulture, $"{scale.Min} to {scale.Max}{(scale.Step == 1 ? string.Empty : $" in steps of {scale.Step}")}");

    private static string? CheckComment(string? comment) =>
        comment is { Length: > MaxComment }
            ? throw new AnnotationException(string.Create(CultureInfo.InvariantCulture, $"the comment is longer than {MaxComment} characters."))
            : string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
