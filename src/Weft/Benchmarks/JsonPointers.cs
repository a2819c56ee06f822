using System.Globalization;

namespace Weft.Benchmarks;

/// <summary>JSON pointers (RFC 6901) written without the leading slash, as used in the field of a <see cref="DataError"/>.</summary>
internal static class JsonPointers
{
    /// <summary>How the whole value (the empty pointer) is named in messages.</summary>
    public const string RootName = "(root)";

    /// <summary>The pointer to a property of the value at <paramref name="parent"/>.</summary>
    public static string Child(string parent, string key)
    {
        var escaped = key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
        return parent.Length == 0 ? escaped : parent + "/" + escaped;
    }

    /// <summary>The pointer to an item of the array at <paramref name="parent"/>.</summary>
    public static string Child(string parent, int index) =>
        Child(parent, index.ToString(CultureInfo.InvariantCulture));

    /// <summary>The pointer one level up, or null for the root.</summary>
    public static string? Parent(string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        var slash = pointer.LastIndexOf('/');
        return slash < 0 ? "" : pointer[..slash];
    }

    /// <summary>The pointer as shown in a message.</summary>
    public static string Display(string pointer) => pointer.Length == 0 ? RootName : pointer;
}
