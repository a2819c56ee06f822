using System.Globalization;
using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Reports.Html;

/// <summary>
/// Renders one instance as an HTML card: its instruction and input, then each system's output side by side, blocks in
/// order, with the judge's score and explanation per aspect. Images become <c>img</c> elements without a source whose
/// <c>data-img</c> names the image; the page fills them in (from the embedded images, or from a server).
/// </summary>
public static class HtmlInstanceView
{
    /// <summary>Writes the card with scores on InterleavedEval's 0–5 scale; <paramref name="index"/> makes its element id, <paramref name="imageId"/> names each image block.</summary>
    public static void Write(
        TextWriter writer, int index, InstanceRow row, Instance? instance, IReadOnlyList<HtmlOutputView> outputs, Func<AIContent, string> imageId) =>
        Write(writer, index, row, instance, outputs, imageId, _ => Analysis.ScoreReport.DefaultScale);

    /// <summary>Writes the card, each score shown on the scale <paramref name="scaleOf"/> gives for its criterion.</summary>
    public static void Write(
        TextWriter writer, int index, InstanceRow row, Instance? instance, IReadOnlyList<HtmlOutputView> outputs, Func<AIContent, string> imageId, Func<string, CriterionScale> scaleOf)
    {
        ArgumentNullException.ThrowIfNull(scaleOf);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(imageId);
        writer.Write($"<section class=\"instance\" id=\"inst-{HtmlText.Count(index)}\" data-task=\"{HtmlText.Encode(row.Task)}\">");
        writer.Write($"<h3><span class=\"id\">{HtmlText.Encode(row.Id)}</span> <span class=\"task\">{HtmlText.Encode(row.Task)}</span></h3>");
        if (instance is not null)
        {
            writer.Write("<div class=\"input\"><p class=\"instr\">");
            HtmlText.Write(writer, instance.Instruction);
            writer.Write("</p>");
            Blocks(writer, instance.Input, imageId);
            writer.Write("</div>");
        }

        writer.Write("<div class=\"outputs\">");
        foreach (var output in outputs)
        {
            Output(writer, output, imageId, scaleOf);
        }

        writer.Write("</div></section>\n");
    }

    private static void Output(TextWriter writer, HtmlOutputView view, Func<AIContent, string> imageId, Func<string, CriterionScale> scaleOf)
    {
        var scored = view.Verdicts.Where(v => v.Status == VerdictStatus.Scored && v.Score is not null).Select(v => (double)v.Score!.Value).ToList();
        var overall = scored.Count > 0 ? $" data-overall=\"{scored.Average().ToString("0.###", CultureInfo.InvariantCulture)}\"" : string.Empty;
        var scores = string.Join(' ', view.Verdicts.Select(v => $"{v.Aspect}:{Value(v)}"));
        writer.Write($"<article class=\"output\" data-system=\"{HtmlText.Encode(view.System)}\" data-scores=\"{HtmlText.Encode(scores)}\"{overall}>");
        writer.Write($"<h4>{HtmlText.Encode(view.System)}");
        if (scored.Count > 0)
        {
            writer.Write($" <span class=\"avg\">{HtmlText.Number(scored.Average())}</span>");
        }

        writer.Write("</h4>");
        if (!view.Present)
        {
            writer.Write("<p class=\"badge missing\">No output for this instance.</p></article>");
            return;
        }

        if (view.Output is not null)
        {
            Blocks(writer, view.Output.Content, imageId);
        }

        foreach (var picture in view.Refines ?? [])
        {
            Refine(writer, picture, imageId);
        }

        if (view.Item is { Status: ItemRecord.Failed } failed)
        {
            writer.Write("<p class=\"badge err\">Judge error: ");
            HtmlText.Write(writer, failed.Error);
            writer.Write("</p>");
        }

        if (view.Verdicts.Count == 0)
        {
            writer.Write("<p class=\"badge\">Not judged.</p>");
        }
        else
        {
            Verdicts(writer, view.Verdicts, scaleOf);
        }

        writer.Write("</article>");
    }

    private static string Value(VerdictRecord v) => v.Status switch
    {
        VerdictStatus.Scored when v.Score is { } s => s.ToString(CultureInfo.InvariantCulture),
        VerdictStatus.NotApplicable => "na",
        _ => "err",
    };

    private static void Verdicts(TextWriter writer, IReadOnlyList<VerdictRecord> verdicts, Func<string, CriterionScale> scaleOf)
    {
        writer.Write("<table class=\"verdicts\">");
        foreach (var v in verdicts)
        {
            var (text, css) = v.Status switch
            {
                VerdictStatus.Scored when v.Score is { } s => (ScoreText(s, scaleOf(v.Aspect)), "score"),
                VerdictStatus.NotApplicable => ("N/A", "na"),
                _ => ("error", "err"),
            };
            writer.Write($"<tr><th title=\"{HtmlText.Encode(AspectNames.Display(v.Aspect))}\">{HtmlText.Encode(AspectNames.Short(v.Aspect))}</th><td class=\"{css}\">{text}</td><td class=\"why\">");
            HtmlText.Write(writer, v.Explanation);
            writer.Write("</td></tr>");
        }

        writer.Write("</table>");
    }

    // A label reads as itself ("yes"); a score shows the top of its own scale ("4/5").
    private static string ScoreText(int score, CriterionScale scale) =>
        scale.HasLabels && scale.Labels.FirstOrDefault(l => l.Value == score) is { } label
            ? HtmlText.Encode(label.Name)
            : $"{score.ToString(CultureInfo.InvariantCulture)}/{scale.Max.ToString(CultureInfo.InvariantCulture)}";

    // A compact note per picture: how many drawings, how it ended, then each check's verdict and problem, with small
    // thumbnails of a few replaced drawings (the kept one is in the output above).
    private static void Refine(TextWriter writer, HtmlRefinePicture picture, Func<AIContent, string> imageId)
    {
        var last = picture.Steps[^1];
        var rejected = picture.Steps.Count(s => s.Ok is false);
        var ending = last.Ok switch
        {
            true => "kept drawing passed",
            false => "kept drawing failed its check",
            null => "kept drawing unchecked",
        };
        writer.Write($"<details class=\"refine\" data-image=\"{HtmlText.Count(picture.Image)}\"><summary>Refine · picture {HtmlText.Count(picture.Image)}: ");
        var drawings = picture.Steps.Count == 1 ? "drawing" : "drawings";
        writer.Write($"{HtmlText.Count(picture.Steps.Count)} {drawings}, {HtmlText.Count(rejected)} rejected, {ending}</summary><ol>");
        foreach (var step in picture.Steps)
        {
            var (verdict, css) = step.Ok switch
            {
                true => ("passed", "ok"),
                false => ("failed", "err"),
                null => ("no verdict", "na"),
            };
            var attempt = step.Attempt == 0 ? "first drawing" : "redraw " + HtmlText.Count(step.Attempt);
            writer.Write($"<li><span class=\"attempt\">{attempt}</span> <span class=\"{css}\">{verdict}</span>");
            if (step.Problem is not null)
            {
                writer.Write("<span class=\"problem\">");
                HtmlText.Write(writer, step.Problem);
                writer.Write("</span>");
            }

            if (step.Image is not null)
            {
                writer.Write($"<img class=\"pic step\" data-img=\"{HtmlText.Encode(imageId(step.Image))}\" alt=\"{HtmlText.Encode(Name(step.Image))}\">");
            }

            writer.Write("</li>");
        }

        writer.Write("</ol></details>");
    }

    private static void Blocks(TextWriter writer, IReadOnlyList<AIContent> blocks, Func<AIContent, string> imageId)
    {
        foreach (var block in blocks)
        {
            if (block is TextContent text)
            {
                writer.Write("<p class=\"t\">");
                HtmlText.Write(writer, text.Text);
                writer.Write("</p>");
            }
            else if (ContentImages.IsImage(block))
            {
                writer.Write($"<img class=\"pic\" data-img=\"{HtmlText.Encode(imageId(block))}\" alt=\"{HtmlText.Encode(Name(block))}\">");
            }
            else
            {
                writer.Write($"<p class=\"t other\">[{HtmlText.Encode(block.GetType().Name)}]</p>");
            }
        }
    }

    // A file image is named by its file name only: the report may travel, the folders of the machine that made it need not.
    private static string Name(AIContent image) =>
        ContentImages.LocalPath(image) is { } path ? Path.GetFileName(path) : ContentImages.Describe(image);
}
