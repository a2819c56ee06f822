namespace Weft.Text;

/// <summary>How to split a table too wide for its page into several that each repeat the first (label) column.</summary>
public static class ColumnGroups
{
    /// <summary>
    /// The columns after the first, in order, grouped so that each group beside the first column fits
    /// <paramref name="width"/>; a column wider than that on its own gets a group to itself.
    /// </summary>
    /// <param name="widths">Each column's width, the first being the label column.</param>
    /// <param name="width">The page width.</param>
    /// <param name="gap">What each column adds between itself and the one before (a border, spaces).</param>
    public static List<List<int>> Split(IReadOnlyList<int> widths, int width, int gap)
    {
        ArgumentNullException.ThrowIfNull(widths);
        var groups = new List<List<int>> { new() };
        var used = widths[0];
        for (var i = 1; i < widths.Count; i++)
        {
            if (groups[^1].Count > 0 && used + gap + widths[i] > width)
            {
                groups.Add([]);
                used = widths[0];
            }

            groups[^1].Add(i);
            used += gap + widths[i];
        }

        return groups;
    }
}
