namespace Weft.Protocols;

/// <summary>One answer a label criterion allows, with the number it counts as in means (yes = 1, no = 0 gives the share of yes).</summary>
/// <param name="Name">The label as the judge writes it; matched ignoring case.</param>
/// <param name="Value">The value stored and averaged for this label.</param>
public sealed record CriterionLabel(string Name, int Value);
