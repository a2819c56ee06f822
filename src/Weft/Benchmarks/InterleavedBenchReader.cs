using System.Text.Json;
using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>
/// Reads InterleavedBench (<c>interleaved_bench.json</c>, a JSON array): the prompt's <c>&lt;image&gt;</c> placeholders take
/// the first images in order, and the images left over belong to the reference answer.
/// </summary>
public sealed class InterleavedBenchReader : IBenchmarkReader
{
    /// <inheritdoc />
    public string Format => "interleavedbench";

    /// <inheritdoc />
    public bool CanRead(string path) =>
        File.Exists(path) && PathNames.HasExtension(path, ".json") && JsonProbe.FirstNonWhitespaceByte(path) == (byte)'[';

    /// <inheritdoc />
    public async Task<Benchmark> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var utf8 = InputFiles.WithoutBom(await InputFiles.ReadAllBytesAsync(path, cancellationToken));
        var root = new DatasetRoot(PathNames.FolderOf(path));
        var errors = new DataErrorList();
        List<Instance> instances = [];
        JsonDocument document;
        try
        {
            document = JsonText.Parse(utf8);
        }
        catch (JsonException e)
        {
            throw new DataFormatException(new DataError(path, JsonText.LineOf(e, 1), JsonText.SyntaxField, JsonText.Describe(e)));
        }

        using (document)
        {
            var lines = new Lazy<JsonLineMap>(() => JsonLineMap.Build(utf8.Span));
            var scope = new JsonErrorScope(errors, path, pointer => lines.Value.LineOf(pointer));
            if (JsonFields.ExpectArray(document.RootElement, "", scope))
            {
                var reader = new InterleavedBenchElements(scope, root, lines);
                var index = 0;
                foreach (var element in document.RootElement.EnumerateArray())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (reader.Read(element, JsonPointers.Child("", index++)) is { } instance)
                    {
                        instances.Add(instance);
                    }
                }
            }
        }

        if (errors.Count == 0 && instances.Count == 0)
        {
            errors.Add(path, 0, "path", "holds no instances");
        }

        errors.ThrowIfAny();
        return new Benchmark(Path.GetFileNameWithoutExtension(path), Format, Path.GetFullPath(path), root.Folder, instances);
    }
}
