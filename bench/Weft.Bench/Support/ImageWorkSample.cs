using System.Diagnostics;
using Microsoft.Extensions.AI;
using Weft.Images;

namespace Weft.Bench.Support;

/// <summary>
/// CPU seconds per image of the two image steps of <c>weft eval</c>, measured in this process on a sample of the
/// benchmark's images: the check (read, SHA-256, decode, pHash) and the preparation for the judge (read, SHA-256,
/// decode, re-encode). Subtracting them from the run's CPU leaves the harness's own cost.
/// </summary>
internal static class ImageWorkSample
{
    public static async Task<(double CheckSeconds, double PrepareSeconds)> MeasureAsync(IEnumerable<string> files, int sample, int maxSide, CancellationToken cancellationToken)
    {
        var chosen = files.Take(sample).Select(f => (AIContent)new UriContent(new Uri(Path.GetFullPath(f)), Weft.Content.ContentImages.UnknownImageMediaType)).ToList();
        var loader = new ImageLoader();
        var preparer = new ImagePreparer(maxSide);

        // One warm-up pass so JIT and Skia's first-use costs do not count.
        foreach (var image in chosen.Take(5))
        {
            var loaded = await loader.LoadAsync(image, cancellationToken);
            ImageAnalyzer.Analyze(loaded);
            preparer.Prepare(loaded);
        }

        var check = await CpuAsync(async () =>
        {
            foreach (var image in chosen)
            {
                ImageAnalyzer.Analyze(await loader.LoadAsync(image, cancellationToken));
            }
        });
        var prepare = await CpuAsync(async () =>
        {
            foreach (var image in chosen)
            {
                preparer.Prepare(await loader.LoadAsync(image, cancellationToken));
            }
        });
        return (check / chosen.Count, prepare / chosen.Count);
    }

    private static async Task<double> CpuAsync(Func<Task> work)
    {
        using var self = Process.GetCurrentProcess();
        var before = self.TotalProcessorTime;
        await work();
        self.Refresh();
        return (self.TotalProcessorTime - before).TotalSeconds;
    }
}
