using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;
using Weft.Content;
using Weft.Protocols;

namespace Weft.Judges;

/// <summary>Estimates the tokens of a judge request without sending it: text with a real tokenizer, images by OpenAI's published formula.</summary>
/// <remarks>
/// Text uses the model's tiktoken encoding when Microsoft.ML.Tokenizers knows the model (o200k_base for the GPT-4o
/// family), else o200k_base. Images follow OpenAI's vision pricing rule for GPT-4o-class models: "low" detail costs 85
/// tokens; otherwise the image is fitted into 2048×2048, then its short side scaled down to 768, and it costs 85 plus 170
/// per 512-pixel tile. Other providers count differently; the estimate is a planning figure, not a bill.
/// </remarks>
public sealed class TokenEstimator
{
    private const int MessageOverhead = 4;
    private readonly Tokenizer tokenizer;

    /// <summary>Creates an estimator for <paramref name="model"/> (a model name such as "gpt-4o").</summary>
    public TokenEstimator(string model)
    {
        try
        {
            tokenizer = TiktokenTokenizer.CreateForModel(model);
        }
        catch (NotSupportedException)
        {
            tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
        }
    }

    /// <summary>Tokens of a text.</summary>
    public int Text(string text) => tokenizer.CountTokens(text);

    /// <summary>Input tokens of a request: its texts and images (sizes after downscaling to <paramref name="maxSide"/>).</summary>
    /// <param name="request">The request.</param>
    /// <param name="imageSize">The pixel size of an image, or null when unknown (counted as a square of <paramref name="maxSide"/>).</param>
    /// <param name="maxSide">Longest side images are downscaled to.</param>
    /// <param name="detail">"low", "high" or "auto" (counted as high).</param>
    public (int Text, int Images) Input(JudgeRequest request, Func<AIContent, (int Width, int Height)?> imageSize, int maxSide, string detail)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(imageSize);
        int texts = 0, images = 0;
        foreach (var message in request.Messages)
        {
            texts += MessageOverhead;
            foreach (var part in message.Contents)
            {
                if (part is TextContent text)
                {
                    texts += Text(text.Text);
                }
                else if (ContentImages.IsImage(part))
                {
                    var (width, height) = imageSize(part) ?? (maxSide, maxSide);
                    images += Image(width, height, maxSide, detail);
                }
            }
        }

        return (texts, images);
    }

    /// <summary>Image tokens by OpenAI's formula for GPT-4o-class models, after downscaling to <paramref name="maxSide"/>.</summary>
    public static int Image(int width, int height, int maxSide, string detail)
    {
        if (detail == "low")
        {
            return 85;
        }

        double w = width, h = height;
        Scale(ref w, ref h, maxSide / Math.Max(w, h));
        Scale(ref w, ref h, 2048 / Math.Max(w, h));
        Scale(ref w, ref h, 768 / Math.Min(w, h));
        var tiles = (int)Math.Ceiling(w / 512) * (int)Math.Ceiling(h / 512);
        return 85 + (170 * tiles);
    }

    /// <summary>A rough count for rate limiting when no tokenizer is wanted: four characters a token.</summary>
    public static int Rough(JudgeRequest request, int perImage)
    {
        ArgumentNullException.ThrowIfNull(request);
        var chars = 0;
        var images = 0;
        foreach (var part in request.Messages.SelectMany(m => m.Contents))
        {
            if (part is TextContent text)
            {
                chars += text.Text.Length;
            }
            else if (ContentImages.IsImage(part))
            {
                images++;
            }
        }

        return (chars / 4) + (images * perImage) + (request.Options.MaxOutputTokens ?? 0);
    }

    private static void Scale(ref double width, ref double height, double factor)
    {
        if (factor < 1)
        {
            width = Math.Floor(width * factor);
            height = Math.Floor(height * factor);
        }
    }
}
