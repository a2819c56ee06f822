using System.Text.Json;
using SkiaSharp;
using Weft.Protocols;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Server.Tests;

/// <summary>
/// A small run made in a temp folder: 3 instances, systems "good" and "evil" (whose outputs carry script and
/// onerror markup), judge verdicts for every output, and the sources recorded so the app can re-read the content.
/// </summary>
internal sealed class TestRun : IDisposable
{
    public const string Script = "<script>window.__pwned = 1</script>";
    public const string OnError = "<img src=x onerror=\"window.__pwned = 2\">";

    private readonly TempFolder folder = new();

    /// <param name="imageWidth">Width of every image (height three quarters of it): large ones make pages taller than a screen.</param>
    /// <param name="outputImages">Images in each output, after its text.</param>
    /// <param name="inputImage">The path the benchmark gives for each instance's input image (relative to data/).</param>
    /// <param name="rubric">A protocol file the run was judged with instead of interleaved-eval: verdicts on its criteria (lowest score, N/A where it does not apply).</param>
    public TestRun(int imageWidth = 40, int outputImages = 1, string inputImage = "in.png", Protocols.Rubrics.RubricDefinition? rubric = null)
    {
        folder.Write("data/in.png", TestImages.Png(imageWidth, imageWidth * 3 / 4, SKColors.Red));
        folder.Write("data/good-1.png", TestImages.Png(imageWidth, imageWidth * 3 / 4, SKColors.Green));
        folder.Write("data/evil-1.png", TestImages.Png(imageWidth, imageWidth * 3 / 4, SKColors.Blue));
        var bench = folder.Write("data/bench.jsonl", string.Join('\n', Ids.Select(id => Json(new Dictionary<string, object>
        {
            ["id"] = id,
            ["task"] = "story",
            ["instruction"] = "Tell story " + id + " with a picture.",
            ["input"] = new object[] { new Dictionary<string, string> { ["image"] = inputImage } },
        }))) + "\n");
        var good = folder.Write("data/good.jsonl", string.Join('\n', Ids.Select(id => Json(new Dictionary<string, object>
        {
            ["id"] = id,
            ["output"] = Output("A calm story " + id + ".", "good-1.png", outputImages),
        }))) + "\n");
        var evil = folder.Write("data/evil.jsonl", string.Join('\n', Ids.Select(id => Json(new Dictionary<string, object>
        {
            ["id"] = id,
            ["output"] = Output(Script + " " + OnError + " story " + id, "evil-1.png", outputImages),
        }))) + "\n");

        using var store = SqliteRunStore.Open(RunFolder);
        store.WriteConfig(new RunConfig(rubric?.Id ?? "interleaved-eval", "openai:fake", "ie/v1", "abc", 0, null, false, "auto", 1024, string.Empty, bench, Systems, DateTimeOffset.UnixEpoch, "0.1.0")
        {
            ProtocolDefinition = rubric?.Canonical,
        });
        store.WriteSources(new RunSources(bench, "weft", [new SystemSource("good", good, "weft"), new SystemSource("evil", evil, "weft")]));
        store.SaveInstances(Ids.Select((id, n) => new InstanceRow(id, "story", n)));
        store.SaveOutputs(Systems.SelectMany(s => Ids.Select(id => new OutputRow(s, id, true, "h"))));
        foreach (var system in Systems)
        {
            foreach (var id in Ids)
            {
                if (rubric is not null)
                {
                    store.SaveItem(
                        new ItemRecord(system, id, ItemRecord.Judged, null, null, DateTimeOffset.UnixEpoch),
                        [.. rubric.Criteria.Select(c => c.AppliesWhen?.Excludes("story", new Dictionary<string, string>()) is { } reason
                            ? new VerdictRecord(c.Criterion.Name, VerdictStatus.NotApplicable, null, reason, null, null, null, null, null)
                            : new VerdictRecord(c.Criterion.Name, VerdictStatus.Scored, c.Criterion.Scale.Min, "why", "k", "json", "openai:fake", "ie/v1", "abc"))]);
                    continue;
                }

                store.SaveItem(
                    new ItemRecord(system, id, ItemRecord.Judged, null, null, DateTimeOffset.UnixEpoch),
                    [.. Aspects.All.Select(a => a == Aspect.ImageCoherence
                        ? new VerdictRecord(Aspects.Key(a), VerdictStatus.NotApplicable, null, "only one image", null, null, null, null, null)
                        : new VerdictRecord(Aspects.Key(a), VerdictStatus.Scored, system == "good" ? 4 : 1, system + " explanation " + OnError, "k", "json", "openai:fake", "ie/v1", "abc"))]);
            }
        }
    }

    public static IReadOnlyList<string> Ids { get; } = ["s1", "s2", "s3"];

    /// <summary>A protocol file for these stories: clarity 1–5, has_ending yes/no (story tasks), steps_as_asked yes/no (how-to tasks only, so N/A here).</summary>
    public static Protocols.Rubrics.RubricDefinition StoryRubric { get; } = Protocols.Rubrics.RubricFile.Parse("story-rubric.json", """
        {
          "id": "story-rubric", "version": 1,
          "criteria": [
            { "name": "clarity", "description": "Is the story easy to follow?", "scale": { "min": 1, "max": 5 } },
            { "name": "has_ending", "description": "Does the story end?", "labels": [ { "name": "yes", "value": 1 }, { "name": "no", "value": 0 } ], "applies_when": { "task": "story*" } },
            { "name": "steps_as_asked", "description": "As many steps as asked?", "labels": [ { "name": "yes", "value": 1 }, { "name": "no", "value": 0 } ], "applies_when": { "task": "how-to*" } }
          ],
          "system": "Grade the story.", "prompt": ["{instruction}\n{criteria}", "{output}"], "repair": "Again: {problems}"
        }
        """, yaml: false);

    public static IReadOnlyList<string> Systems { get; } = ["good", "evil"];

    /// <summary>The aspects that apply to every output here (one image and some text: all but image coherence).</summary>
    public static IReadOnlyList<string> Applicable { get; } = ["text_quality", "perceptual_quality", "text_image_coherence", "helpfulness"];

    public string RunFolder => folder.File("run");

    /// <summary>Writes a file in the temp folder (outside data/ unless the path says so) and returns its full path.</summary>
    public string Write(string relativePath, byte[] bytes) => folder.Write(relativePath, bytes);

    public void Dispose() => folder.Dispose();

    private static object[] Output(string text, string image, int images) =>
        [new Dictionary<string, string> { ["text"] = text }, .. Enumerable.Repeat(new Dictionary<string, string> { ["image"] = image }, images)];

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
