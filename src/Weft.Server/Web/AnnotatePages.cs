using System.Globalization;
using System.Text;
using Weft.Arena;
using Weft.Content;
using Weft.Protocols;
using Weft.Server.Annotations;
using Battle = Weft.Server.Annotations.Battle;

namespace Weft.Server.Web;

/// <summary>The annotation views: one output to score, or one battle to decide, with the annotator's progress.</summary>
internal static class AnnotatePages
{
    private const string ScoringKeys = "Keys: numbers score the focused aspect, n = N/A, ↑/↓ move between aspects, ←/→ previous/next item, Enter saves and goes on.";

    private const string PairwiseKeys =
        "Keys: 1 left better, 2 right better, 3 tie (left slightly better), 4 tie (right slightly better), ←/→ previous/next battle, Enter saves and goes on.";

    /// <summary>Item <paramref name="index"/> (0-based) of the annotator's queue, or the all-done page past its end.</summary>
    public static async Task<string> ItemAsync(AnnotationService service, string annotator, int index, CancellationToken cancellationToken)
    {
        var progress = await service.ProgressOfAsync(annotator, cancellationToken);
        var html = new StringBuilder(ProgressBar(progress));
        if (index >= progress.Total)
        {
            return html.Append("<h1>All done</h1><p>Every item in your queue has been annotated. Thank you.</p>")
                .Append(progress.Done < progress.Total ? "<p><a href=\"/annotate\">Go to the first item not done yet</a></p>" : string.Empty)
                .ToString();
        }

        var form = Attr("data-index", index) + Attr("data-prev", index > 0 ? $"/annotate/{index - 1}" : string.Empty) + Attr("data-next", $"/annotate/{index + 1}");
        return service.Mode == AnnotationMode.Scoring
            ? await ScoringAsync(service, annotator, service.ScoringQueue(annotator)[index], html, form, cancellationToken)
            : await PairwiseAsync(service, annotator, service.PairwiseQueue(annotator)[index], html, form, cancellationToken);
    }

    private static async Task<string> ScoringAsync(AnnotationService service, string annotator, ScoringItem item, StringBuilder html, string form, CancellationToken cancellationToken)
    {
        var instance = service.Catalog.Instances[item.InstanceId];
        var output = service.Catalog.Content.Outputs[(item.System, item.InstanceId)];
        var saved = await service.RatingsOfAsync(annotator, item, cancellationToken);
        Header(html, service, instance);
        html.Append("<form id=\"annotate\" data-kind=\"scoring\"").Append(form).Append(Attr("data-instance", item.InstanceId)).Append(Attr("data-system", item.System))
            .Append("><div class=\"split\"><section class=\"output\"><h2>Output</h2>").Append(ContentHtml.Render(output.Content, service.Catalog.Images))
            .Append("</section><section class=\"aspects\">");
        if (service.Catalog.OwnCriteria)
        {
            OwnCriteria(html, service, item, saved);
            return Footer(html, await service.CommentOfAsync(annotator, item, cancellationToken), ScoringKeys).ToString();
        }

        html.Append("<h2>Your scores <small>").Append(Html.E(service.Scale.ToString())).Append("</small></h2>").Append(Legend(service.Scale));
        foreach (var aspect in item.Aspects)
        {
            var current = saved.TryGetValue(aspect, out var score) ? score?.ToString(CultureInfo.InvariantCulture) ?? "na" : string.Empty;
            html.Append("<div class=\"aspect\" tabindex=\"0\"").Append(Attr("data-aspect", aspect)).Append(Attr("data-value", current)).Append("><span class=\"name\">")
                .Append(Html.E(Aspects.TryParse(aspect, out var parsed) ? Aspects.DisplayName(parsed) : aspect)).Append("</span>");
            for (var s = service.Scale.Min; s <= service.Scale.Max; s++)
            {
                html.Append("<button type=\"button\" tabindex=\"-1\"").Append(Attr("data-score", s))
                    .Append(service.Scale.Label(s) is { } label ? Attr("title", label) : string.Empty).Append('>').Append(s).Append("</button>");
            }

            html.Append("<button type=\"button\" tabindex=\"-1\" data-score=\"na\" title=\"does not apply\">N/A</button></div>");
        }

        return Footer(html, await service.CommentOfAsync(annotator, item, cancellationToken), ScoringKeys).ToString();
    }

    // A run judged with a protocol file is rated on its own criteria: each with its scale or labels and what it asks;
    // criteria that do not apply to this output (applies_when) are not shown at all.
    private static void OwnCriteria(StringBuilder html, AnnotationService service, ScoringItem item, IReadOnlyDictionary<string, int?> saved)
    {
        html.Append("<h2>Your scores</h2>");
        foreach (var aspect in item.Aspects)
        {
            var criterion = service.Catalog.Criteria.First(c => c.Name == aspect);
            var scale = criterion.Scale;
            var current = saved.TryGetValue(aspect, out var score) ? score?.ToString(CultureInfo.InvariantCulture) ?? "na" : string.Empty;
            html.Append("<div class=\"aspect\" tabindex=\"0\" role=\"radiogroup\"").Append(Attr("data-aspect", aspect)).Append(Attr("data-value", current))
                .Append(Attr("aria-label", aspect)).Append(criterion.Description.Length > 0 ? Attr("title", criterion.Description) : string.Empty)
                .Append("><span class=\"name\">").Append(Html.E(aspect)).Append("</span>");
            if (scale.HasLabels)
            {
                foreach (var label in scale.Labels)
                {
                    html.Append("<button type=\"button\" tabindex=\"-1\" role=\"radio\"").Append(Attr("data-score", label.Value)).Append('>').Append(Html.E(label.Name)).Append("</button>");
                }
            }
            else
            {
                var words = scale.Max - scale.Min <= 9 ? new RatingScale(scale.Min, scale.Max) : null;
                for (var s = scale.Min; s <= scale.Max; s += scale.Step)
                {
                    html.Append("<button type=\"button\" tabindex=\"-1\" role=\"radio\"").Append(Attr("data-score", s))
                        .Append(scale.Step == 1 && words?.Label(s) is { } word ? Attr("title", word) : string.Empty).Append('>').Append(s).Append("</button>");
                }
            }

            html.Append("<button type=\"button\" tabindex=\"-1\" role=\"radio\" data-score=\"na\" title=\"does not apply\">N/A</button>");
            if (criterion.Description.Length > 0)
            {
                html.Append("<small class=\"why\">").Append(Html.E(criterion.Description)).Append("</small>");
            }

            html.Append("</div>");
        }
    }

    private static async Task<string> PairwiseAsync(AnnotationService service, string annotator, Battle battle, StringBuilder html, string form, CancellationToken cancellationToken)
    {
        var instance = service.Catalog.Instances[battle.InstanceId];
        var saved = await service.VerdictOfAsync(annotator, battle, cancellationToken);
        var (left, right) = battle.Shown == ShownOrder.AB ? (battle.SystemA, battle.SystemB) : (battle.SystemB, battle.SystemA);
        var (leftWins, rightWins, leftTie, rightTie) = battle.Shown == ShownOrder.AB
            ? (PairwiseWinner.A, PairwiseWinner.B, PairwiseWinner.TieA, PairwiseWinner.TieB)
            : (PairwiseWinner.B, PairwiseWinner.A, PairwiseWinner.TieB, PairwiseWinner.TieA);
        Header(html, service, instance);
        html.Append("<form id=\"annotate\" data-kind=\"pairwise\"").Append(form).Append(Attr("data-instance", battle.InstanceId))
            .Append(Attr("data-system-a", battle.SystemA)).Append(Attr("data-system-b", battle.SystemB))
            .Append(Attr("data-value", saved is null ? string.Empty : PairwiseWinners.Name(saved.Winner))).Append("><div class=\"split\">");
        foreach (var (title, system) in new[] { ("Left", left), ("Right", right) })
        {
            html.Append("<section class=\"output\"><h2>").Append(title).Append("</h2>")
                .Append(ContentHtml.Render(service.Catalog.Content.Outputs[(system, battle.InstanceId)].Content, service.Catalog.Images)).Append("</section>");
        }

        // The decision bar stays at the bottom of the screen: outputs are often taller than it, and the buttons must not be below the fold.
        html.Append("</div><div class=\"decide\"><section class=\"aspects\"><div class=\"aspect winners\" tabindex=\"0\">");
        foreach (var (key, label, winner) in new[] { (1, "Left is better", leftWins), (2, "Right is better", rightWins), (3, "Tie, left slightly better", leftTie), (4, "Tie, right slightly better", rightTie) })
        {
            html.Append("<button type=\"button\" tabindex=\"-1\"").Append(Attr("data-winner", PairwiseWinners.Name(winner))).Append(Attr("data-key", key)).Append('>')
                .Append(key).Append(" · ").Append(label).Append("</button>");
        }

        html.Append("</div>");
        return Footer(html, saved?.Comment, PairwiseKeys).ToString();
    }

    // What each point means, so that annotators use the scale alike: the numbers alone say only which end is better.
    private static string Legend(RatingScale scale)
    {
        var legend = new StringBuilder("<dl class=\"legend\">");
        for (var s = scale.Min; s <= scale.Max; s++)
        {
            if (scale.Label(s) is { } label)
            {
                legend.Append("<div><dt>").Append(s).Append("</dt><dd>").Append(Html.E(label)).Append("</dd></div>");
            }
            else if (s == scale.Min + 1)
            {
                legend.Append(CultureInfo.InvariantCulture, $"<div><dt>{s}–{scale.Max - 1}</dt><dd>in between, higher is better</dd></div>");
            }
        }

        return legend.Append("<div><dt>N/A</dt><dd>does not apply</dd></div></dl>").ToString();
    }

    private static void Header(StringBuilder html, AnnotationService service, Instance instance) =>
        html.Append("<section class=\"input\"><h1>").Append(Html.E(instance.Id)).Append(" <small>").Append(Html.E(instance.Task)).Append("</small></h1><p class=\"text\">")
            .Append(Html.E(instance.Instruction)).Append("</p>").Append(ContentHtml.Render(instance.Input, service.Catalog.Images)).Append("</section>");

    private static StringBuilder Footer(StringBuilder html, string? comment, string keys) =>
        html.Append("<label>Comment (optional)<textarea name=\"comment\" maxlength=\"").Append(AnnotationService.MaxComment).Append("\">").Append(Html.E(comment)).Append("</textarea></label>")
            .Append("<p><button type=\"submit\" id=\"save\">Save and next (Enter)</button> <span id=\"status\" role=\"status\"></span></p>")
            .Append("<p class=\"keys\">").Append(keys).Append("</p>")
            .Append("</section></div></form>");

    private static string ProgressBar(Progress progress) => string.Create(
        CultureInfo.InvariantCulture,
        $"<div class=\"progress\"><progress id=\"progress\" value=\"{progress.Done}\" max=\"{Math.Max(progress.Total, 1)}\"></progress> <span id=\"done\">{progress.Done}</span> / {progress.Total} done</div>");

    private static string Attr(string name, object value) =>
        " " + name + "=\"" + Html.E(Convert.ToString(value, CultureInfo.InvariantCulture)) + "\"";
}
