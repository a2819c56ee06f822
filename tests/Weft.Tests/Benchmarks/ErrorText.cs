using Weft.Benchmarks;

namespace Weft.Tests.Benchmarks;

/// <summary>The errors of an exception as one text, one per line, so that a failing test shows the whole difference.</summary>
internal static class ErrorText
{
    /// <summary>Every error as <c>file:line: field: problem</c>; a JSON syntax error keeps only our words (where it is), not
    /// System.Text.Json's wording of what went wrong, which may change between .NET versions.</summary>
    public static string Of(DataFormatException error) => string.Join('\n', error.Errors.Select(Shorten));

    public static string Lines(params string[] lines) => string.Join('\n', lines);

    private static string Shorten(DataError error)
    {
        if (error.Field != "(json)")
        {
            return error.ToString();
        }

        var colon = error.Problem.IndexOf(": ", StringComparison.Ordinal);
        return (colon < 0 ? error : error with { Problem = error.Problem[..colon] }).ToString();
    }
}
