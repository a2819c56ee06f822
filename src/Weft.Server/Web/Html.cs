using System.Text;
using System.Text.Encodings.Web;

namespace Weft.Server.Web;

/// <summary>Small HTML helpers: every string from data, a judge or a person goes through <see cref="E"/>.</summary>
internal static class Html
{
    /// <summary>The HTML-encoded text (safe in element content and quoted attributes).</summary>
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    /// <summary>A whole page around <paramref name="body"/>, with the annotator's name in the header.</summary>
    public static string Page(string title, string annotator, string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · Weft</title>")
            .Append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/static/app.css\"><script src=\"/static/app.js\" defer></script></head><body>")
            .Append("<header><a href=\"/\">Leaderboard</a> <a href=\"/annotate\">Annotate</a>")
            .Append("<span class=\"who\">").Append(E(annotator)).Append("</span></header><main>")
            .Append(body)
            .Append("</main></body></html>");
        return page.ToString();
    }
}
