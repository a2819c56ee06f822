using System.Security.Cryptography;
using System.Text;

namespace Weft.Reports.Html;

/// <summary>The report page's stylesheet and script (embedded resources) and the Content-Security-Policy that admits only them.</summary>
internal static class HtmlAssets
{
    public static string Style { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    /// <summary>
    /// No network at all: images only from data URIs, inline styles, and only our own script (by hash), so that even
    /// markup that escaped escaping could neither run nor fetch anything.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-" +
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script))) + "'; base-uri 'none'; form-action 'none'";

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("Weft.Reports.Html." + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
