namespace Weft.Protocols.Rubrics;

/// <summary>A protocol as written in a rubric file (docs/protocol-files.md; schema docs/schemas/protocol.schema.json).</summary>
/// <param name="Id">Protocol id (lowercase letters, digits and hyphens).</param>
/// <param name="Version">Version, 1 or more; bump it whenever a text changes.</param>
/// <param name="Description">One line saying what the protocol judges.</param>
/// <param name="Unit">What a verdict is about: an output, or an output with its reference.</param>
/// <param name="Criteria">The criteria, in report order.</param>
/// <param name="System">The system message.</param>
/// <param name="Prompt">The user message, one part per entry; content placeholders stand alone in their entry.</param>
/// <param name="CriterionLine">How one criterion is listed where <c>{criteria}</c> stands.</param>
/// <param name="Repair">The follow-up sent once when a reply is incomplete; holds <c>{problems}</c>.</param>
/// <param name="MaxOutputTokens">Reply token limit when the judge settings name none.</param>
/// <param name="MaxOutputTokensPerCriterion">When set, the limit is this many tokens per criterion asked (instead of <paramref name="MaxOutputTokens"/>).</param>
/// <param name="RepairAsks">"all": the repair asks every criterion of its request again; "missing": only those without a valid answer.</param>
/// <param name="Reply">The reply format.</param>
/// <param name="Aggregation">How verdicts aggregate.</param>
/// <param name="Canonical">The definition as canonical JSON: what its hash is computed over and what a run stores.</param>
public sealed record RubricDefinition(
    string Id,
    int Version,
    string Description,
    JudgeUnitKind Unit,
    IReadOnlyList<RubricCriterion> Criteria,
    string System,
    IReadOnlyList<string> Prompt,
    string CriterionLine,
    string Repair,
    int MaxOutputTokens,
    int? MaxOutputTokensPerCriterion,
    string RepairAsks,
    RubricReply Reply,
    VerdictAggregation Aggregation,
    string Canonical)
{
    /// <summary>
    /// Which criteria apply to <paramref name="unit"/> and which are N/A: a criterion's applies-when (task and metadata)
    /// first, then its not-applicable-when rules (task, the output's images and texts), the first that holds giving the reason.
    /// </summary>
    public UnitCriteria Decide(JudgeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var applicable = new List<string>();
        var excluded = new List<NotApplicable>();
        foreach (var criterion in Criteria)
        {
            if ((criterion.AppliesWhen?.Excludes(unit.Instance.Task, unit.Instance.Metadata) ?? criterion.NotApplicableWhen.Select(r => r.Matches(unit)).FirstOrDefault(r => r is not null)) is { } reason)
            {
                excluded.Add(new NotApplicable(criterion.Criterion.Name, reason));
            }
            else
            {
                applicable.Add(criterion.Criterion.Name);
            }
        }

        return new UnitCriteria(applicable, excluded);
    }
}
