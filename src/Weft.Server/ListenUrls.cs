using System.Net;

namespace Weft.Server;

/// <summary>Reads the addresses of <see cref="ServerOptions.Urls"/> as Kestrel takes them (<c>http://host:port</c>, separated by ';').</summary>
internal static class ListenUrls
{
    /// <summary>The host:port of each address, e.g. <c>127.0.0.1:5175</c>.</summary>
    public static IReadOnlyList<string> Authorities(string urls) =>
        [.. Split(urls).Select(Authority)];

    /// <summary>The addresses that listen beyond this machine: any host but <c>localhost</c> or a loopback IP (Kestrel binds every interface for
    /// <c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c> and for host names).</summary>
    public static IReadOnlyList<string> BeyondLoopback(string urls) =>
        [.. Split(urls).Select(Authority).Where(authority => !IsLoopback(Host(authority)))];

    private static string[] Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Authority(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? url : url[(start + 3)..];
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        return end < 0 ? rest : rest[..end];
    }

    private static string Host(string authority)
    {
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? authority : authority[1..close];
        }

        var colon = authority.LastIndexOf(':');
        return colon < 0 ? authority : authority[..colon];
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
