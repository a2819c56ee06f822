using Weft.Protocols;

namespace Weft.Reports.Html;

/// <summary>Short and long labels of aspect keys; keys Weft does not know are shown as given.</summary>
internal static class AspectNames
{
    public static string Short(string key) => Aspects.TryParse(key, out var aspect) ? Aspects.ShortName(aspect) : key;

    public static string Display(string key) => Aspects.TryParse(key, out var aspect) ? Aspects.DisplayName(aspect) : key;
}
