using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Weft.Benchmarks;

/// <summary>Reads the steps of OpenING conversations (<c>[{"input": [steps]}, {"output": [steps]}]</c>).</summary>
internal static class OpeningSteps
{
    /// <summary>
    /// The well-formed steps under <c>conversations/index/key</c> (the others are reported and left out), or null after
    /// reporting that there is no step array. A step is <c>{"text": string, "image": string|null}</c>; when
    /// <paramref name="textRequired"/> is false a missing or null text counts as none.
    /// </summary>
    public static List<OpeningStep>? Read(
        JsonElement conversations, int index, string key, JsonErrorScope errors, bool textRequired)
    {
        var at = JsonPointers.Child("conversations", index);
        var item = conversations[index];
        if (!JsonFields.ExpectObject(item, at, errors) || !JsonFields.RequiredArray(item, at, key, errors, out var array))
        {
            return null;
        }

        List<OpeningStep> steps = [];
        var position = 0;
        foreach (var step in array.EnumerateArray())
        {
            var pointer = JsonPointers.Child(JsonPointers.Child(at, key), position++);
            if (!JsonFields.ExpectObject(step, pointer, errors))
            {
                continue;
            }

            var text = textRequired
                ? JsonFields.RequiredString(step, pointer, "text", errors)
                : JsonFields.OptionalString(step, pointer, "text", errors) ?? "";
            var image = JsonFields.OptionalString(step, pointer, "image", errors);
            if (image is not null && string.IsNullOrWhiteSpace(image))
            {
                errors.Report(JsonPointers.Child(pointer, "image"), "is empty; use null for a step without an image");
                image = null;
            }

            if (text is not null)
            {
                steps.Add(new OpeningStep(text, image, pointer));
            }
        }

        return steps;
    }

    /// <summary>The problem of an <c>conversations</c> array that is not the input item then the output item.</summary>
    public static string TwoItemsExpected(JsonElement conversations) => string.Create(
        CultureInfo.InvariantCulture, $"expected 2 items (the input, then the output), found {conversations.GetArrayLength()}");

    /// <summary>The content of steps: each step's text (markers removed, blank skipped) then its image.</summary>
    /// <param name="steps">The steps in order.</param>
    /// <param name="images">The image block of each step that has one (same order as the steps).</param>
    /// <param name="firstText">Replaces the first step's text when not null (its instruction was taken out).</param>
    public static List<AIContent> ToContent(IReadOnlyList<OpeningStep> steps, IReadOnlyList<AIContent?> images, string? firstText = null)
    {
        List<AIContent> content = [];
        for (var i = 0; i < steps.Count; i++)
        {
            var text = i == 0 && firstText is not null ? firstText : PromptMarkers.Clean(steps[i].Text);
            if (text.Length > 0)
            {
                content.Add(new TextContent(text));
            }

            if (images[i] is { } image)
            {
                content.Add(image);
            }
        }

        return content;
    }

    /// <summary>Resolves the image of every step that has one; a null entry for a step without (or with a refused) image.</summary>
    public static List<AIContent?> ResolveImages(
        IReadOnlyList<OpeningStep> steps, Func<string, (AIContent? Image, string Problem)> resolve, JsonErrorScope errors)
    {
        List<AIContent?> images = [];
        foreach (var step in steps)
        {
            AIContent? image = null;
            if (step.Image is not null)
            {
                (image, var problem) = resolve(step.Image);
                if (image is null)
                {
                    errors.Report(step.ImagePointer, problem);
                }
            }

            images.Add(image);
        }

        return images;
    }
}
