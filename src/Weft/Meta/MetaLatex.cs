using System.Text;

namespace Weft.Meta;

/// <summary>
/// Renders a meta report as LaTeX booktabs tables (\toprule, \midrule, \bottomrule; \multicolumn per aspect group),
/// one per level plus reliability; undefined values are "---" with a numbered footnote of the reason.
/// </summary>
internal static class MetaLatex
{
    public static string Render(MetaReport report)
    {
        var text = new StringBuilder();
        text.Append("% Weft meta-evaluation; needs \\usepackage{booktabs}\n");
        text.Append("% ").Append(Escape(MetaReportWriter.Preamble(report)).Replace("\n", "\n% ", StringComparison.Ordinal)).Append('\n');
        foreach (var table in report.Tables)
        {
            var notes = new MetaFootnotes();
            var columns = report.Aspects.Count * 3;
            text.Append("% ").Append(Escape(MetaText.LevelTitle(table.Level))).Append('\n');
            text.Append("\\begin{tabular}{l").Append('c', columns).Append("}\n\\toprule\n");
            text.Append("Metric");
            foreach (var aspect in report.Aspects)
            {
                text.Append(" & \\multicolumn{3}{c}{").Append(Escape(MetaText.ShortAspect(aspect))).Append('}');
            }

            text.Append(" \\\\\n");
            for (var i = 0; i < report.Aspects.Count; i++)
            {
                text.Append("\\cmidrule(lr){").Append(MetaText.Invariant(2 + (3 * i))).Append('-').Append(MetaText.Invariant(4 + (3 * i))).Append('}');
            }

            text.Append('\n');
            foreach (var _ in report.Aspects)
            {
                text.Append(" & $r$ & $\\rho$ & $\\tau$");
            }

            text.Append(" \\\\\n\\midrule\n");
            foreach (var row in table.Rows)
            {
                if (row.Kind == MetaRowKind.HumanCeiling)
                {
                    text.Append("\\midrule\n");
                }

                text.Append(Escape(row.Label));
                foreach (var cell in row.Cells)
                {
                    foreach (var kind in MetaText.Kinds)
                    {
                        text.Append(" & ").Append(Cell(cell.Get(kind), notes));
                    }
                }

                text.Append(" \\\\\n");
            }

            text.Append("\\bottomrule\n\\end{tabular}\n");
            Notes(text, notes);
        }

        var reliabilityNotes = new MetaFootnotes();
        text.Append("% Inter-rater reliability\n\\begin{tabular}{lcccrrr}\n\\toprule\n");
        text.Append("Aspect & $\\alpha$ interval & $\\alpha$ ordinal & mean pairwise $\\rho$ & pairs skipped & raters & units \\\\\n\\midrule\n");
        foreach (var r in report.Reliability)
        {
            text.Append(Escape(MetaText.ShortAspect(r.Aspect)))
                .Append(" & ").Append(MetaText.Value(r.AlphaInterval, reliabilityNotes, Marker).Replace(MetaText.Dash, "---", StringComparison.Ordinal))
                .Append(" & ").Append(MetaText.Value(r.AlphaOrdinal, reliabilityNotes, Marker).Replace(MetaText.Dash, "---", StringComparison.Ordinal))
                .Append(" & ").Append(MetaText.Value(r.MeanPairwiseSpearman, reliabilityNotes, Marker).Replace(MetaText.Dash, "---", StringComparison.Ordinal))
                .Append(" & ").Append(MetaText.Invariant(r.PairsSkipped))
                .Append(" & ").Append(MetaText.Invariant(r.Raters))
                .Append(" & ").Append(MetaText.Invariant(r.Units)).Append(" \\\\\n");
        }

        text.Append("\\bottomrule\n\\end{tabular}\n");
        Notes(text, reliabilityNotes);
        return text.ToString();
    }

    private static string Cell(CorrelationEstimate estimate, MetaFootnotes notes)
    {
        var cell = MetaText.Cell(estimate, notes, Marker);
        cell = cell.Replace(MetaText.Dash, "---", StringComparison.Ordinal);
        var bracket = cell.IndexOf(" [", StringComparison.Ordinal);
        return bracket < 0 ? cell : $"{cell[..bracket]} {{\\scriptsize {cell[(bracket + 1)..]}}}";
    }

    private static string Marker(string reason, int number) => $"\\textsuperscript{{{MetaText.Invariant(number)}}}";

    private static void Notes(StringBuilder text, MetaFootnotes notes)
    {
        for (var i = 0; i < notes.Reasons.Count; i++)
        {
            text.Append("\\par\\footnotesize\\textsuperscript{").Append(MetaText.Invariant(i + 1)).Append("} undefined: ").Append(Escape(notes.Reasons[i])).Append('\n');
        }

        text.Append('\n');
    }

    /// <summary>Escapes LaTeX special characters in text.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '&' or '%' or '$' or '#' or '_' or '{' or '}' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '<' => "\\textless{}",
                '>' => "\\textgreater{}",
                'ρ' => "$\\rho$",
                'τ' => "$\\tau$",
                'α' => "$\\alpha$",
                '—' => "---",
                '–' => "--",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
