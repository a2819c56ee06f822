using Weft.Arena;
using Weft.Meta;

namespace Weft.Annotations;

/// <summary>
/// The people invited to annotate a run, with their invite tokens kept only as hashes, and the human ratings and
/// pairwise verdicts they give. Implementations must be safe for concurrent use and keep each write atomic.
/// </summary>
public interface IAnnotationStore : IDisposable
{
    /// <summary>
    /// Adds an annotator, or invites a revoked one again, and returns their new invite token, which is stored only as its
    /// hash. A revoked annotator's old token stays refused and their ratings stay theirs (ratings are keyed by name).
    /// </summary>
    /// <exception cref="AnnotationException">The name is invalid (1-64 characters, no control characters or surrounding spaces) or an active annotator has it.</exception>
    Task<string> AddAnnotatorAsync(string name, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Every annotator, by name.</summary>
    Task<IReadOnlyList<Annotator>> ListAnnotatorsAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes an annotator's token (matched case-insensitively); false when no such annotator exists. Their ratings are kept.</summary>
    Task<bool> RevokeAsync(string name, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The name of the annotator whose valid (unrevoked) token this is, or null.</summary>
    Task<string?> AuthenticateAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>Replaces an annotator's ratings of one output with <paramref name="scores"/> (aspect key → score, null = N/A).</summary>
    Task SaveRatingsAsync(
        string annotator, string instanceId, string system, IReadOnlyList<(string Aspect, int? Score)> scores, string? comment, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Ratings of one annotator, or of everyone when <paramref name="annotator"/> is null, with Rater = the annotator's name.</summary>
    Task<IReadOnlyList<HumanRating>> ReadRatingsAsync(string? annotator = null, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces an annotator's verdict on a battle (keyed by instance and the verdict's system order).</summary>
    Task SaveVerdictAsync(string annotator, PairwiseVerdict verdict, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Pairwise verdicts of one annotator, or of everyone when <paramref name="annotator"/> is null, with Source = <c>annotator:NAME</c>.</summary>
    Task<IReadOnlyList<PairwiseVerdict>> ReadVerdictsAsync(string? annotator = null, CancellationToken cancellationToken = default);
}
