namespace Weft.Cli;

/// <summary>Process exit codes of the weft command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Success = 0;

    /// <summary>A bug: something unexpected failed (the message asks to report it).</summary>
    public const int InternalError = 1;

    /// <summary>A user mistake: bad arguments, unreadable or invalid input, a run folder made with other settings.</summary>
    public const int UserError = 2;

    /// <summary>The evaluation finished but more outputs than --max-error-rate allows ended in judge errors.</summary>
    public const int TooManyErrors = 3;

    /// <summary>Interrupted (Ctrl-C); the run resumes when the same command is run again.</summary>
    public const int Interrupted = 130;
}
