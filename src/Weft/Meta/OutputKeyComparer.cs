namespace Weft.Meta;

/// <summary>Compares (instance, system) keys: instance ids exactly, system names ignoring case (as everywhere in Weft).</summary>
internal sealed class OutputKeyComparer : IEqualityComparer<(string InstanceId, string System)>
{
    public static readonly OutputKeyComparer Instance = new();

    public bool Equals((string InstanceId, string System) x, (string InstanceId, string System) y) =>
        string.Equals(x.InstanceId, y.InstanceId, StringComparison.Ordinal) && string.Equals(x.System, y.System, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode((string InstanceId, string System) obj) =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.InstanceId), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.System));
}
