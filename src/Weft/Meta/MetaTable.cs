namespace Weft.Meta;

/// <summary>The meta-evaluation table at one level: the judge row, one row per baseline, then the human ceiling.</summary>
/// <param name="Level">Instance or system level.</param>
/// <param name="Rows">Rows in display order.</param>
public sealed record MetaTable(MetaLevel Level, IReadOnlyList<MetaRow> Rows);
