using System.Text.Json;
using System.Text.RegularExpressions;

namespace Weft.Generation;

/// <summary>
/// Splits an endpoint system's reply into text and images, in order. Understood: Markdown images
/// <c>![alt](data:image/...;base64,...)</c> and <c>![alt](https://...)</c>; bare <c>data:image/...;base64,...</c> URIs
/// in the text; and a reply that is a JSON array of OpenAI-style content parts
/// (<c>{"type": "text", "text": ...}</c>, <c>{"type": "image_url", "image_url": {"url": ...}}</c>).
/// </summary>
internal static partial class EndpointReplyParser
{
    public static IReadOnlyList<EndpointPart> Parse(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return TryParts(reply) ?? Scan(reply);
    }

    private static List<EndpointPart> Scan(string reply)
    {
        var parts = new List<EndpointPart>();
        var at = 0;
        foreach (Match match in ImagePattern().Matches(reply))
        {
            AddText(parts, reply[at..match.Index]);
            var source = match.Groups["md"].Success ? match.Groups["md"].Value : match.Groups["bare"].Value;
            parts.Add(new EndpointPart(null, Regex.Replace(source, @"\s+", string.Empty)));
            at = match.Index + match.Length;
        }

        AddText(parts, reply[at..]);
        return parts;
    }

    private static List<EndpointPart>? TryParts(string reply)
    {
        var trimmed = reply.Trim();
        if (!trimmed.StartsWith('['))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed);
            var parts = new List<EndpointPart>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("type", out var type))
                {
                    return null;
                }

                switch (type.GetString())
                {
                    case "text" when item.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String:
                        AddText(parts, text.GetString()!);
                        break;
                    case "image_url" when item.TryGetProperty("image_url", out var image):
                        var url = image.ValueKind == JsonValueKind.String ? image.GetString()
                            : image.ValueKind == JsonValueKind.Object && image.TryGetProperty("url", out var u) ? u.GetString() : null;
                        if (string.IsNullOrWhiteSpace(url))
                        {
                            return null;
                        }

                        parts.Add(new EndpointPart(null, url.Trim()));
                        break;
                    default:
                        return null;
                }
            }

            return parts;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static void AddText(List<EndpointPart> parts, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            parts.Add(new EndpointPart(trimmed, null));
        }
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(\s*<?(?<md>data:image/[\w.+-]+;base64,[A-Za-z0-9+/=\s]+?|https?://[^\s)>]+)>?(?:\s+""[^""]*"")?\s*\)|(?<bare>data:image/[\w.+-]+;base64,[A-Za-z0-9+/]+=*)", RegexOptions.CultureInvariant)]
    private static partial Regex ImagePattern();
}
