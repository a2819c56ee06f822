namespace Weft.Scheduling;

/// <summary>A judge answered with no text at all (no choices, or empty content): a garbage reply, retried like a fault.</summary>
public sealed class EmptyReplyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EmptyReplyException()
        : base("the judge's reply has no text")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EmptyReplyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public EmptyReplyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
