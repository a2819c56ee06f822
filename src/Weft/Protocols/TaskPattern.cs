using System.Text.RegularExpressions;

namespace Weft.Protocols;

/// <summary>How every rule matches a task name: ignoring case, <c>*</c> for any run of characters, the whole name.</summary>
internal static class TaskPattern
{
    /// <summary>The compiled form of <paramref name="pattern"/>.</summary>
    public static Regex Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new Regex("^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
