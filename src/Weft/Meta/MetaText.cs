using System.Globalization;
using Weft.Meta.Statistics;
using Weft.Protocols;

namespace Weft.Meta;

/// <summary>Shared wording and number formatting of the meta-evaluation outputs (three decimals, invariant culture).</summary>
internal static class MetaText
{
    public static readonly CorrelationKind[] Kinds = [CorrelationKind.Pearson, CorrelationKind.Spearman, CorrelationKind.Kendall];

    public const string Dash = "—";

    public static string Number(double value) => Analysis.DisplayRounding.Fixed(value, 3);

    public static string Symbol(CorrelationKind kind) => kind switch
    {
        CorrelationKind.Pearson => "r",
        CorrelationKind.Spearman => "ρ",
        _ => "τ",
    };

    public static string Key(CorrelationKind kind) => kind switch
    {
        CorrelationKind.Pearson => "pearson",
        CorrelationKind.Spearman => "spearman",
        _ => "kendall",
    };

    public static string Level(MetaLevel level) => level == MetaLevel.Instance ? "instance" : "system";

    public static string LevelTitle(MetaLevel level) => level == MetaLevel.Instance
        ? "Instance level (unit = output; judge score vs mean human score)"
        : "System level (unit = system; means over its outputs; bootstrap over instances)";

    public static string Kind(MetaRowKind kind) => kind switch
    {
        MetaRowKind.Judge => "judge",
        MetaRowKind.Baseline => "baseline",
        _ => "human_ceiling",
    };

    /// <summary>The short column label of an aspect key (TQ, PQ, IC, TIC, Help, Overall).</summary>
    public static string ShortAspect(string key) =>
        key == MetaEvaluation.Overall ? "Overall" : Aspects.TryParse(key, out var aspect) ? Aspects.ShortName(aspect) : key;

    /// <summary>"0.512 [0.480, 0.541]", or "—[n]" with a footnote when undefined.</summary>
    public static string Cell(CorrelationEstimate estimate, MetaFootnotes notes, Func<string, int, string> marker, bool interval = true)
    {
        if (estimate.Point.Value is not { } value)
        {
            return Dash + marker(estimate.Point.UndefinedReason!, notes.Number(estimate.Point.UndefinedReason!));
        }

        var text = Number(value);
        if (!interval || estimate.Interval is not { } ci)
        {
            return text;
        }

        return ci is { Lower: { } low, Upper: { } high }
            ? $"{text} [{Number(low)}, {Number(high)}]"
            : $"{text} [{Dash}{marker(ci.UndefinedReason!, notes.Number(ci.UndefinedReason!))}]";
    }

    /// <summary>A coefficient without interval, or "—[n]".</summary>
    public static string Value(Correlation value, MetaFootnotes notes, Func<string, int, string> marker) =>
        value.Value is { } v ? Number(v) : Dash + marker(value.UndefinedReason!, notes.Number(value.UndefinedReason!));

    public static string Coverage(AspectCoverage c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Used}/{c.NotApplicable}/{c.JudgeErrors}/{c.NoHumanRating}");

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
