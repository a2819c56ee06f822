namespace Weft.Meta;

/// <summary>One row of the meta-evaluation table: a metric and its cells, one per aspect then "overall".</summary>
/// <param name="Metric">Machine name: "judge", the stored metric name (for example "ref.bleu4"), or "human".</param>
/// <param name="Label">Display name (for example "Weft judge (gpt-4o)", "BLEU-4", "Human (leave-one-out)").</param>
/// <param name="Kind">Judge, baseline or human ceiling.</param>
/// <param name="Cells">One cell per aspect, in the report's aspect order.</param>
public sealed record MetaRow(string Metric, string Label, MetaRowKind Kind, IReadOnlyList<MetaCell> Cells);
