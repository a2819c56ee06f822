namespace Weft.Benchmarks;

/// <summary>Reports problems found in one JSON value of a file, locating each by its pointer.</summary>
/// <param name="errors">Where problems are collected.</param>
/// <param name="file">The file as the user named it.</param>
/// <param name="lineOf">The line of the value at a pointer (constant for one JSON Lines line).</param>
internal sealed class JsonErrorScope(DataErrorList errors, string file, Func<string, int> lineOf)
{
    /// <summary>Problems found so far in the whole input (not only in this scope).</summary>
    public int Count => errors.Count;

    /// <summary>Records a problem with the value at <paramref name="pointer"/>.</summary>
    public void Report(string pointer, string problem) =>
        errors.Add(file, lineOf(pointer), JsonPointers.Display(pointer), problem);
}
