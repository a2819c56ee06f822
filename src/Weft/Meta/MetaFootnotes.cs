namespace Weft.Meta;

/// <summary>Numbers the reasons why values are undefined, so a table shows "—[1]" and lists each reason once below.</summary>
internal sealed class MetaFootnotes
{
    private readonly List<string> reasons = [];

    public IReadOnlyList<string> Reasons => reasons;

    /// <summary>The 1-based number of a reason, adding it on first use.</summary>
    public int Number(string reason)
    {
        var index = reasons.IndexOf(reason);
        if (index < 0)
        {
            reasons.Add(reason);
            index = reasons.Count - 1;
        }

        return index + 1;
    }
}
