namespace Weft.Annotations;

/// <summary>An annotation request or command that cannot be honoured; the message says why and is safe to show.</summary>
public sealed class AnnotationException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public AnnotationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public AnnotationException()
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public AnnotationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
