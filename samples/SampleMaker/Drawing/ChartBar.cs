namespace Weft.SampleMaker.Drawing;

/// <summary>One bar of a bar chart: a short category label and a whole-number value.</summary>
internal sealed record ChartBar(string Label, int Value);
