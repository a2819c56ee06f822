using Weft.Content;

namespace Weft.Benchmarks;

/// <summary>Picks the reader for a benchmark or outputs path, by the format name the user gave or by looking at the path.</summary>
public static class BenchmarkFormats
{
    /// <summary>Every benchmark reader, in the order detection tries them.</summary>
    public static IReadOnlyList<IBenchmarkReader> BenchmarkReaders { get; } =
        [new OpeningBenchmarkReader(), new InterleavedBenchReader(), new WeftBenchmarkReader()];

    /// <summary>Every outputs reader, in the order detection tries them.</summary>
    public static IReadOnlyList<IOutputReader> OutputReaders { get; } = [new OpeningOutputReader(), new WeftOutputReader()];

    /// <summary>
    /// The reader named by <paramref name="format"/> (case-insensitive), or when it is null the one the file looks like:
    /// OpenING's first line, an InterleavedBench .json array, or any other .jsonl as Weft.
    /// </summary>
    /// <exception cref="ArgumentException">The format name is unknown.</exception>
    /// <exception cref="DataFormatException">The path does not exist or matches no format.</exception>
    public static IBenchmarkReader ForBenchmark(string path, string? format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (format is not null)
        {
            return Named(BenchmarkReaders, format, r => r.Format, "benchmark");
        }

        if (!File.Exists(path))
        {
            throw InputFiles.PathError(path, Directory.Exists(path) ? "is a folder; expected a benchmark file" : "file not found");
        }

        return BenchmarkReaders.FirstOrDefault(reader => reader.CanRead(path))
            ?? throw InputFiles.PathError(path, "unrecognised benchmark format; expected .jsonl (Weft or OpenING) or a .json "
                + $"array (InterleavedBench); choose one with --bench-format {Names(BenchmarkReaders, r => r.Format)}");
    }

    /// <summary>
    /// The reader named by <paramref name="format"/> (case-insensitive), or when it is null: a folder is read as OpenING
    /// outputs and a .jsonl file as Weft outputs.
    /// </summary>
    /// <exception cref="ArgumentException">The format name is unknown.</exception>
    /// <exception cref="DataFormatException">The path does not exist or matches no format.</exception>
    public static IOutputReader ForOutputs(string path, string? format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (format is not null)
        {
            return Named(OutputReaders, format, r => r.Format, "outputs");
        }

        if (Directory.Exists(path))
        {
            return OutputReaders.First(reader => reader is OpeningOutputReader);
        }

        if (!File.Exists(path))
        {
            throw InputFiles.PathError(path, "file or folder not found");
        }

        return OutputReaders.FirstOrDefault(reader => reader.CanRead(path))
            ?? throw InputFiles.PathError(path, "unrecognised outputs format; expected a .jsonl file (Weft) or a folder "
                + $"(OpenING); choose one with --outputs-format {Names(OutputReaders, r => r.Format)}");
    }

    /// <summary>Reads a benchmark with the reader <see cref="ForBenchmark"/> picks; its errors say which format was read.</summary>
    public static Task<Benchmark> ReadBenchmarkAsync(string path, string? format, CancellationToken cancellationToken) =>
        NotingBenchmarkFormat(path, format, reader => reader.ReadAsync(path, cancellationToken));

    /// <summary>Reads one system's outputs with the reader <see cref="ForOutputs"/> picks; its errors say which format was read.</summary>
    public static Task<IReadOnlyList<SystemOutput>> ReadOutputsAsync(
        string system, string path, string? format, CancellationToken cancellationToken) =>
        NotingOutputsFormat(path, format, reader => reader.ReadAsync(system, path, cancellationToken));

    /// <summary>Indexes a benchmark with the reader <see cref="ForBenchmark"/> picks (see <see cref="IBenchmarkReader.IndexAsync"/>).</summary>
    public static Task<BenchmarkIndex> IndexBenchmarkAsync(string path, string? format, CancellationToken cancellationToken) =>
        NotingBenchmarkFormat(path, format, reader => reader.IndexAsync(path, cancellationToken));

    /// <summary>Indexes one system's outputs with the reader <see cref="ForOutputs"/> picks (see <see cref="IOutputReader.IndexAsync"/>).</summary>
    public static Task<OutputIndex> IndexOutputsAsync(string system, string path, string? format, CancellationToken cancellationToken) =>
        NotingOutputsFormat(path, format, reader => reader.IndexAsync(system, path, cancellationToken));

    /// <summary>
    /// What a reader's errors are followed by: the format the file was read as, why (named or detected), and the option
    /// and values that choose another.
    /// </summary>
    internal static string FormatNote(string format, string? named, string option, IEnumerable<string> formats, string detectedBecause)
    {
        var others = string.Join(" or ", formats.Where(f => !string.Equals(f, format, StringComparison.OrdinalIgnoreCase)));
        return named is null
            ? $"read as {format}, detected because {detectedBecause}; if it is in another format, choose it with {option} {others}"
            : $"read as {format}, as {option} {named.Trim()} asked; the other formats are {others}";
    }

    private static async Task<T> NotingBenchmarkFormat<T>(string path, string? format, Func<IBenchmarkReader, Task<T>> read)
    {
        var reader = ForBenchmark(path, format);
        try
        {
            return await read(reader);
        }
        catch (DataFormatException e) when (e.Note is null && Exists(path))
        {
            var because = reader switch
            {
                OpeningBenchmarkReader => "its first line has total_uid and conversations",
                InterleavedBenchReader => "it is a .json file holding an array (a Weft benchmark is .jsonl, one instance per line)",
                _ => "it is a .jsonl file whose first line is not an OpenING instance",
            };
            throw e.WithNote(FormatNote(reader.Format, format, "--bench-format", BenchmarkReaders.Select(r => r.Format), because));
        }
    }

    private static async Task<T> NotingOutputsFormat<T>(string path, string? format, Func<IOutputReader, Task<T>> read)
    {
        var reader = ForOutputs(path, format);
        try
        {
            return await read(reader);
        }
        catch (DataFormatException e) when (e.Note is null && Exists(path))
        {
            var because = reader is OpeningOutputReader ? "it is a folder" : "it is a .jsonl file";
            throw e.WithNote(FormatNote(reader.Format, format, "--outputs-format", OutputReaders.Select(r => r.Format), because));
        }
    }

    // A path that is not there is not read in any format; a note on formats would only distract.
    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    private static T Named<T>(IReadOnlyList<T> readers, string format, Func<T, string> name, string kind) =>
        readers.FirstOrDefault(reader => string.Equals(name(reader), format.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown {kind} format \"{format}\"; valid formats: {Names(readers, name)}.", nameof(format));

    private static string Names<T>(IReadOnlyList<T> readers, Func<T, string> name) => string.Join(", ", readers.Select(name));
}
