namespace Weft.Arena;

/// <summary>Observed agreement and Cohen's kappa of a square reference × candidate count table.</summary>
internal static class CohenKappa
{
    /// <summary>(p_o − p_e) / (1 − p_e), p_e from the margins; null for an empty table or when p_e = 1 (both raters constant and equal).</summary>
    public static double? Of(int[,] table)
    {
        var classes = table.GetLength(0);
        double n = 0, diagonal = 0, chance = 0;
        for (var i = 0; i < classes; i++)
        {
            diagonal += table[i, i];
            for (var j = 0; j < classes; j++)
            {
                n += table[i, j];
            }
        }

        if (n == 0)
        {
            return null;
        }

        for (var c = 0; c < classes; c++)
        {
            double row = 0, column = 0;
            for (var j = 0; j < classes; j++)
            {
                row += table[c, j];
                column += table[j, c];
            }

            chance += row / n * (column / n);
        }

        return chance >= 1 ? null : ((diagonal / n) - chance) / (1 - chance);
    }
}
