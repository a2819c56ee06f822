using System.Globalization;
using Spectre.Console;
using Weft.Generation;
using Weft.Text;

namespace Weft.Cli.Output;

/// <summary>The lines printed when <c>weft generate</c> ends: what was generated, what failed and what it cost.</summary>
internal static class GenerateSummary
{
    private const int MaxListed = 20;

    public static void Write(IAnsiConsole console, GenerationOutcome outcome, GenerationOptions options)
    {
        if (outcome.DryRunRequests is { } pending)
        {
            Line(console, $"Dry run: {Plural.Count(outcome.Instances, "instance")} selected; {Plural.Count(pending, $"first {(options.IsEndpoint ? "endpoint" : "planner")} request")} {(pending == 1 ? "is" : "are")} not in the store yet (each plan then costs one image request per picture{(options.Refine > 0 ? $", one check per drawing and up to {options.Refine} redraws per picture" : string.Empty)}). Nothing was sent.");
            return;
        }

        Line(console, $"{Plural.Count(outcome.Instances, "instance")}: {outcome.Generated:N0} generated, {outcome.Failures.Count:N0} failed (left out of the outputs file, so weft eval counts them as missing).");
        foreach (var failure in outcome.Failures.Take(MaxListed))
        {
            Line(console, $"  failed {failure.InstanceId}: {failure.Error}");
        }

        if (outcome.Failures.Count > MaxListed)
        {
            Line(console, $"  … and {outcome.Failures.Count - MaxListed:N0} more (see the generation_items table in weft.db).");
        }

        var who = options.IsEndpoint ? "Endpoint" : "Planner";
        var p = outcome.Planner;
        Line(console, $"{who}: {Plural.Count(p.Sent, "request")} sent, {p.CacheHits:N0} answered from the store; tokens in {p.InputTokens:N0}, out {p.OutputTokens:N0}.");
        if (!options.IsEndpoint)
        {
            var drawn = outcome.ImagesDrawn.Count == 0 ? "none" : string.Join(", ", outcome.ImagesDrawn.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Value:N0} × {d.Key}")));
            Line(console, $"Images: drawn {drawn}; {outcome.ImageCacheHits:N0} reused from earlier runs.");
        }

        if (options.Refine > 0)
        {
            var c = outcome.Checks;
            Line(console, $"Checks: {Plural.Count(c.Sent, "request")} sent, {c.CacheHits:N0} answered from the store; tokens in {c.InputTokens:N0}, out {c.OutputTokens:N0}; {Plural.Count(outcome.Redraws, "redraw")}.");
        }

        Line(console, $"Retries: {outcome.Retries:N0}.");
        if (outcome.OutputFile is { } file)
        {
            Line(console, $"Outputs: {file}{(outcome.StepsFile is { } steps ? $" (drawing steps: {steps})" : string.Empty)}; evaluate with weft eval --system {options.System}={Quote(file)}.");
        }
    }

    private static void Line(IAnsiConsole console, FormattableString text) => console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
