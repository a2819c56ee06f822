namespace Weft.Benchmarks;

/// <summary>Thrown when an input file cannot be used; carries every problem found, not only the first.</summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception from the problems found, with an optional note on how the file was read.</summary>
    public DataFormatException(IReadOnlyList<DataError> errors, string? note = null)
        : base(Summarize(errors, note))
    {
        Errors = errors;
        Note = note;
    }

    /// <summary>Creates the exception from a single problem.</summary>
    public DataFormatException(DataError error)
        : this([error])
    {
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    /// <summary>
    /// How the file was read (which format, and how to choose another), shown after the problems: errors read with the
    /// wrong format are all wrong in the same way, and the fix is the format, not the lines.
    /// </summary>
    public string? Note { get; }

    /// <summary>The same problems with <paramref name="note"/> as the note.</summary>
    public DataFormatException WithNote(string note) => new(Errors, note);

    private static string Summarize(IReadOnlyList<DataError> errors, string? note)
    {
        var summary = errors.Count switch
        {
            0 => "invalid input",
            1 => errors[0].ToString(),
            _ => $"{errors.Count} problems; first: {errors[0]}",
        };
        return note is null ? summary : $"{summary} ({note})";
    }
}
