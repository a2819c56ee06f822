using System.CommandLine;

namespace Weft.Cli.Commands;

/// <summary>Helpers for the commands' shared (static) options.</summary>
internal static class CliOptions
{
    /// <summary>
    /// Restricts <paramref name="option"/> to <paramref name="values"/> once, where the option is declared: a static
    /// option is added to a new command on every run, and restricting it there would stack one more validator each time.
    /// </summary>
    public static Option<T> OneOf<T>(Option<T> option, params string[] values)
    {
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
