using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Runs;

/// <summary>
/// A benchmark larger than one chunk of the eval scope (instances and outputs are read again a chunk at a time): every
/// output is judged once with its own instance and images, whatever order the files are in.
/// </summary>
public sealed partial class EvalRunnerChunkTests : IDisposable
{
    private const int Instances = (EvalScope.ChunkSize * 2) + 234;

    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task RunAsync_SeveralChunks_JudgesEveryOutputOnceWithItsOwnInstanceAndImages()
    {
        await using var harness = await EvalHarness.StartAsync();
        var options = Write(harness.Options());

        var outcome = await harness.RunAsync(options);

        var present = Instances + Enumerable.Range(0, Instances).Count(n => n % 10 != 0);
        Assert.Equal((Instances, present, Instances - (present - Instances), present, 0, 0), (outcome.Instances, outcome.Outputs, outcome.MissingOutputs, outcome.Judged, outcome.Errors, outcome.Pending));
        Assert.Equal(present, harness.Server.RequestCount);
        var seen = new HashSet<(string, int)>();
        foreach (var request in harness.Server.Requests)
        {
            var body = request.Body.GetRawText();
            var task = int.Parse(TaskNumber().Match(body).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var answer = AnswerNumber().Match(body);
            Assert.Equal(task, int.Parse(answer.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(seen.Add((answer.Groups[1].Value, task)), $"{answer.Groups[1].Value} {task} judged twice");
            Assert.Equal(ImagesOf(answer.Groups[1].Value, task), ImageParts().Count(body));
        }

        var results = harness.Results();
        Assert.Equal(Instances - (present - Instances), results.Items.Count(i => i.OutputMissing));
        Assert.Contains(results.Items, i => i.System == "b" && i.InstanceId == Id(Instances - 1) && !i.OutputMissing);
    }

    [Fact]
    public async Task RunAsync_SeveralChunksAgain_SendsNothing()
    {
        await using var harness = await EvalHarness.StartAsync();
        var options = Write(harness.Options());
        var first = await harness.RunAsync(options);

        var again = await harness.RunAsync(options);

        Assert.Equal(first.Judged, again.Judged);
        Assert.Equal(0, again.Sent);
        Assert.Equal(first.Judged, harness.Server.RequestCount);
    }

    [Fact]
    public async Task RunAsync_UnusableImageInTheLastChunk_NothingIsSent()
    {
        await using var harness = await EvalHarness.StartAsync();
        var options = Write(harness.Options());
        File.Delete(data.File($"a/{Instances - 2}.png"));

        var error = await Assert.ThrowsAsync<EvalSetupException>(() => harness.RunAsync(options));

        Assert.Contains("1 image cannot be used", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Server.RequestCount);
    }

    // Every instance shows one image shared by all (so it is in every chunk); a few have their own. System a answers in
    // file order, some answers with an image (one inline); system b answers in reverse order and misses every tenth.
    private EvalOptions Write(EvalOptions options)
    {
        data.Write("images/shared.png", TestImages.Png(16, 12, SKColors.Teal));
        var bench = new StringBuilder();
        var a = new StringBuilder();
        var b = new List<string>();
        var inline = "data:image/png;base64," + Convert.ToBase64String(TestImages.Png(6, 6, SKColors.Orange));
        for (var n = 0; n < Instances; n++)
        {
            var own = OwnInput(n) ? $$""", {"image": "images/in-{{n}}.png"}""" : "";
            if (OwnInput(n))
            {
                data.Write($"images/in-{n}.png", TestImages.Png(10 + (n % 7), 10, SKColors.Navy));
            }

            bench.AppendLine($$"""{"id": "{{Id(n)}}", "task": "t", "instruction": "Do task {{n}}.", "input": [{"image": "images/shared.png"}{{own}}]}""");
            var image = n switch
            {
                _ when n == 700 => $$""", {"image": "{{inline}}"}""",
                _ when OutputImage(n) => $$""", {"image": "a/{{n}}.png"}""",
                _ => "",
            };
            if (OutputImage(n))
            {
                data.Write($"a/{n}.png", TestImages.Png(12, 8 + (n % 5), SKColors.Maroon));
            }

            a.AppendLine($$"""{"id": "{{Id(n)}}", "output": [{"text": "answer-a-{{n}}"}{{image}}]}""");
            if (n % 10 != 0)
            {
                b.Add($$"""{"id": "{{Id(n)}}", "output": [{"text": "answer-b-{{n}}"}]}""");
            }
        }

        b.Reverse();
        return options with
        {
            Benchmark = data.Write("bench.jsonl", bench.ToString()),
            Systems = [new SystemSource("a", data.Write("a.jsonl", a.ToString())), new SystemSource("b", data.Write("b.jsonl", string.Join("\n", b)))],
        };
    }

    private static bool OwnInput(int n) => n is 3 or 777 or (Instances - 1);

    private static bool OutputImage(int n) => n % 333 == 1 || n == Instances - 2;

    private static int ImagesOf(string system, int n) =>
        1 + (OwnInput(n) ? 1 : 0) + (system == "a" && (OutputImage(n) || n == 700) ? 1 : 0);

    private static string Id(int n) => $"i{n:D4}";

    [GeneratedRegex(@"Do task (\d+)\.")]
    private static partial Regex TaskNumber();

    [GeneratedRegex(@"answer-([ab])-(\d+)")]
    private static partial Regex AnswerNumber();

    [GeneratedRegex(@"""image_url""\s*:\s*\{")]
    private static partial Regex ImageParts();
}
