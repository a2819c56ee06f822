using System.Globalization;

namespace Weft.Benchmarks;

/// <summary>Collects the problems found in an input, keeping the first <see cref="Limit"/> and counting the rest.</summary>
internal sealed class DataErrorList
{
    /// <summary>Most problems kept; a file with thousands of errors has one or two causes worth showing.</summary>
    public const int Limit = 200;

    private readonly List<DataError> errors = [];
    private DataError? firstOmitted;
    private int omitted;

    /// <summary>Number of problems found so far, kept or not.</summary>
    public int Count => errors.Count + omitted;

    /// <summary>Records a problem.</summary>
    public void Add(DataError error)
    {
        if (errors.Count < Limit)
        {
            errors.Add(error);
            return;
        }

        firstOmitted ??= error;
        omitted++;
    }

    /// <summary>Records a problem at a place.</summary>
    public void Add(string file, int line, string field, string problem) => Add(new DataError(file, line, field, problem));

    /// <summary>Throws a <see cref="DataFormatException"/> listing the problems kept, plus a note of how many were left out.</summary>
    public void ThrowIfAny()
    {
        if (Count == 0)
        {
            return;
        }

        List<DataError> all = [.. errors];
        if (firstOmitted is not null)
        {
            var note = string.Create(CultureInfo.InvariantCulture, $"{omitted} more problems not listed (only the first {Limit} are shown)");
            all.Add(firstOmitted with { Field = "(more)", Problem = note });
        }

        throw new DataFormatException(all);
    }
}
