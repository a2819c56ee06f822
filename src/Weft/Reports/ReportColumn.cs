namespace Weft.Reports;

/// <summary>A column of a rendered table.</summary>
/// <param name="Header">Column title.</param>
/// <param name="AlignRight">True for numbers.</param>
/// <param name="Verbatim">True when the cells are made by Weft (such as <c>[lo, hi]</c>) and must not be escaped like user text.</param>
internal sealed record ReportColumn(string Header, bool AlignRight = false, bool Verbatim = false);
