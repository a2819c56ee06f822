using System.Globalization;
using System.Text;
using Weft.Files;
using Weft.Meta.Statistics;

namespace Weft.Meta;

/// <summary>
/// Renders a meta report as long-format CSV: one line per level × metric × aspect × statistic, then reliability lines
/// (level "reliability"); undefined values are empty with the reason in <c>undefined_reason</c>.
/// </summary>
internal static class MetaCsv
{
    private const string Header = "level,metric,label,aspect,statistic,value,n,ci_low,ci_high,ci_undefined_samples,undefined_reason,used,not_applicable,judge_errors,no_human_rating";

    public static string Render(MetaReport report)
    {
        var text = new StringBuilder();
        Line(text, Header.Split(','));
        foreach (var table in report.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    foreach (var kind in MetaText.Kinds)
                    {
                        var estimate = cell.Get(kind);
                        var ci = estimate.Interval;
                        var reason = estimate.Point.UndefinedReason ?? (ci?.UndefinedReason is { } r ? "interval: " + r : null);
                        var c = cell.Coverage;
                        Line(text, MetaText.Level(table.Level), row.Metric, row.Label, cell.Aspect, MetaText.Key(kind),
                            Number(estimate.Point.Value), Int(estimate.Point.N), Number(ci?.Lower), Number(ci?.Upper),
                            ci is null ? "" : Int(ci.UndefinedSamples), reason ?? "",
                            Int(c.Used), Int(c.NotApplicable), Int(c.JudgeErrors), Int(c.NoHumanRating));
                    }
                }
            }
        }

        foreach (var r in report.Reliability)
        {
            Statistic(text, r.Aspect, "alpha_interval", r.AlphaInterval);
            Statistic(text, r.Aspect, "alpha_ordinal", r.AlphaOrdinal);
            Statistic(text, r.Aspect, "mean_pairwise_spearman", r.MeanPairwiseSpearman);
        }

        return text.ToString();
    }

    private static void Statistic(StringBuilder text, string aspect, string name, Correlation value) =>
        Line(text, "reliability", "human", "Human raters", aspect, name, Number(value.Value), Int(value.N), "", "", "", value.UndefinedReason ?? "", "", "", "", "");

    private static void Line(StringBuilder text, params string[] fields) =>
        text.Append(CsvTable.Render("\n", t => t.Row(fields)));

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
