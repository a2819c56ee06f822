namespace Weft.Meta;

/// <summary>One side (judge, metric or humans) of one output for one aspect.</summary>
internal readonly record struct SideValue(SideStatus Status, double Value)
{
    public static readonly SideValue Missing = new(SideStatus.Missing, 0);
    public static readonly SideValue NotApplicable = new(SideStatus.NotApplicable, 0);
    public static readonly SideValue Error = new(SideStatus.Error, 0);

    public static SideValue Of(double value) => new(SideStatus.Value, value);
}
