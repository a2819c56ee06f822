using System.Text.Json;
using Microsoft.Extensions.AI;
using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>
/// Reads one system's OpenING outputs: a folder (<c>gen_outputs/{SYSTEM}_output/</c>) of <c>{total_uid}.json</c> or
/// <c>.jsonl</c> files, each one pretty-printed object, beside the images they name.
/// </summary>
public sealed class OpeningOutputReader : IOutputReader
{
    /// <inheritdoc />
    public string Format => "opening";

    /// <inheritdoc />
    public bool CanRead(string path) =>
        Directory.Exists(path) && OutputFiles(path).FirstOrDefault() is { } first && JsonProbe.FileHasKeys(first, "conversations");

    /// <inheritdoc />
    public async Task<IReadOnlyList<SystemOutput>> ReadAsync(string system, string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        if (!Directory.Exists(path))
        {
            throw InputFiles.PathError(path, File.Exists(path) ? "is a file; OpenING outputs are a folder of {id}.json files" : "folder not found");
        }

        var files = OutputFiles(path).ToList();
        if (files.Count == 0)
        {
            throw InputFiles.PathError(path, "holds no .json or .jsonl output files");
        }

        var root = new DatasetRoot(path);
        var errors = new DataErrorList();
        var ids = new UniqueIds();
        List<SystemOutput> outputs = [];
        foreach (var file in files)
        {
            var shown = Path.Combine(path, Path.GetFileName(file));
            var id = Path.GetFileNameWithoutExtension(file);
            if (ids.Add(id, Path.GetFileName(file)) is { } first)
            {
                errors.Add(shown, 0, "path", $"second output for instance \"{id}\" (the first is {first})");
                continue;
            }

            if (await ReadFileAsync(shown, errors, root, cancellationToken) is { } content)
            {
                outputs.Add(new SystemOutput(system, id, content));
            }
        }

        errors.ThrowIfAny();
        return outputs;
    }

    private static IEnumerable<string> OutputFiles(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(file => PathNames.HasExtension(file, ".json", ".jsonl"))
            .Order(StringComparer.Ordinal);

    private static async Task<List<AIContent>?> ReadFileAsync(
        string shown, DataErrorList errors, DatasetRoot root, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await InputFiles.ReadAllBytesAsync(shown, cancellationToken);
        }
        catch (DataFormatException e)
        {
            foreach (var error in e.Errors)
            {
                errors.Add(error);
            }

            return null;
        }

        var utf8 = InputFiles.WithoutBom(bytes);
        JsonDocument document;
        try
        {
            document = JsonText.Parse(utf8);
        }
        catch (JsonException e)
        {
            errors.Add(shown, JsonText.LineOf(e, 1), JsonText.SyntaxField, JsonText.Describe(e));
            return null;
        }

        using (document)
        {
            var lines = new Lazy<JsonLineMap>(() => JsonLineMap.Build(utf8.Span));
            return ReadOutput(document.RootElement, new JsonErrorScope(errors, shown, pointer => lines.Value.LineOf(pointer)), root);
        }
    }

    private static List<AIContent>? ReadOutput(JsonElement output, JsonErrorScope errors, DatasetRoot root)
    {
        if (!JsonFields.ExpectObject(output, "", errors)
            || !JsonFields.RequiredArray(output, "", "conversations", errors, out var conversations))
        {
            return null;
        }

        if (conversations.GetArrayLength() < 2)
        {
            errors.Report("conversations", OpeningSteps.TwoItemsExpected(conversations));
            return null;
        }

        var before = errors.Count;
        var steps = OpeningSteps.Read(conversations, 1, "output", errors, textRequired: false);
        var images = steps is null ? null : OpeningSteps.ResolveImages(steps, value => Resolve(value, root), errors);
        return errors.Count > before || steps is null || images is null ? null : OpeningSteps.ToContent(steps, images);
    }

    // Systems wrote the image as a bare name or as a path such as "./Show-o_output/0301096-o-0.jpg"; either way the file
    // is the last component, in the outputs folder.
    private static (AIContent? Image, string Problem) Resolve(string value, DatasetRoot root)
    {
        var name = value.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return root.TryResolve(name, out var fullPath, out var problem)
            ? (ContentImages.FromFile(fullPath, root.Folder), "")
            : (null, name.Length == 0 ? $"\"{value}\" names a folder, not an image file" : problem);
    }
}
