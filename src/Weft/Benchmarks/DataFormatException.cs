namespace Weft.Benchmarks;

/// <summary>Thrown when an input file cannot be used; carries every problem found, not only the first.</summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public DataFormatException(IReadOnlyList<DataError> errors)
        : base(Summarize(errors)) => Errors = errors;

    /// <summary>Creates the exception from a single problem.</summary>
    public DataFormatException(DataError error)
        : this([error])
    {
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    private static string Summarize(IReadOnlyList<DataError> errors) => errors.Count switch
    {
        0 => "invalid input",
        1 => errors[0].ToString(),
        _ => $"{errors.Count} problems; first: {errors[0]}",
    };
}
