namespace Weft.Arena;

/// <summary>How ties enter a Bradley–Terry fit.</summary>
public enum BradleyTerryTies
{
    /// <summary>Every tie (Tie(A), Tie(B), Tie) counts half a win to each side (the default).</summary>
    Half,

    /// <summary>A leaning tie counts as a full win for the side it leans to; a plain tie counts half to each side.</summary>
    Fdt,
}
