using Weft.SampleMaker.Model;
using Weft.SampleMaker.Tasks;

namespace Weft.SampleMaker;

/// <summary>Writes Weft's bundled sample: a small benchmark, two systems' outputs and every PNG they refer to.</summary>
public static class SampleGenerator
{
    private static readonly string[] GeneratedFolders =
    [
        SampleFiles.ImagesFolder,
        $"{SampleFiles.OutputsFolder}/strong",
        $"{SampleFiles.OutputsFolder}/weak",
    ];

    /// <summary>
    /// Writes bench.jsonl, outputs/strong.jsonl, outputs/weak.jsonl and their images into <paramref name="folder"/>
    /// (created if needed), first removing PNGs left in the generated image folders by earlier runs; the output is
    /// byte-for-byte the same on every run.
    /// </summary>
    /// <returns>The paths written, relative to <paramref name="folder"/>, with forward slashes, in ordinal order.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(string folder, CancellationToken cancellationToken)
    {
        var files = SampleFiles.Build(SampleCases.All());
        foreach (var generated in GeneratedFolders.Select(relative => Path.Combine(folder, relative)).Where(Directory.Exists))
        {
            foreach (var stale in Directory.EnumerateFiles(generated, "*.png"))
            {
                File.Delete(stale);
            }
        }

        foreach (var (relative, bytes) in files)
        {
            var full = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, bytes, cancellationToken);
        }

        return [.. files.Keys];
    }
}
