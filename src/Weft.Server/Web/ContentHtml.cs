using System.Text;
using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Server.Annotations;

namespace Weft.Server.Web;

/// <summary>Renders interleaved content in order: text as escaped paragraphs, images through the image route.</summary>
internal static class ContentHtml
{
    /// <summary>The blocks of <paramref name="content"/> as HTML.</summary>
    public static string Render(IReadOnlyList<AIContent> content, ImageIndex images)
    {
        var html = new StringBuilder("<div class=\"content\">");
        foreach (var block in content)
        {
            if (block is TextContent text)
            {
                html.Append("<p class=\"text\">").Append(Html.E(text.Text)).Append("</p>");
            }
            else if (ContentImages.IsImage(block) && images.Serves(block))
            {
                html.Append("<a href=\"/images/").Append(ImageIndex.IdOf(block)).Append("\" target=\"_blank\"><img src=\"/images/")
                    .Append(ImageIndex.IdOf(block)).Append("\" alt=\"image\" loading=\"lazy\"></a>");
            }
            else
            {
                html.Append("<p class=\"missing\">[").Append(Html.E(ContentImages.Describe(block))).Append("]</p>");
            }
        }

        return html.Append("</div>").ToString();
    }
}
