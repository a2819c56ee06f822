using System.Security.Cryptography;
using System.Text;

namespace Weft.Reports.Html;

/// <summary>The report page's stylesheet and script (embedded resources) and the Content-Security-Policy that admits only them.</summary>
internal static class HtmlAssets
{
    public static string Style { get; } = Read("report.css");

    public static string Script { get; } = Read("report.js");

    /// <summary>Run after each block of images: hands them to the page script, which fills the cards waiting for them.</summary>
    public const string MoreImages = "weft.more()";

    /// <summary>Run after the last block of images: images still unknown are then reported missing.</summary>
    public const string LastImages = "weft.more(true)";

    /// <summary>
    /// No network at all: images only from data URIs, inline styles, and only our own script (by hash), so that even
    /// markup that escaped escaping could neither run nor fetch anything.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src " +
        string.Join(' ', new[] { Script, MoreImages, LastImages }.Select(s => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))}'")) +
        "; base-uri 'none'; form-action 'none'";

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("Weft.Reports.Html." + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
