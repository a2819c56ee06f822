using Weft.Benchmarks;

namespace Weft.Tests.Benchmarks;

/// <summary>The errors of an exception as one text, one per line, so that a failing test shows the whole difference.</summary>
internal static class ErrorText
{
    public static string Of(DataFormatException error) => string.Join('\n', error.Errors);

    public static string Lines(params string[] lines) => string.Join('\n', lines);
}
