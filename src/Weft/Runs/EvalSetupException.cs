namespace Weft.Runs;

/// <summary>A run cannot start as asked (its folder holds another evaluation, images are unusable, ...): a user error with a plain message.</summary>
public sealed class EvalSetupException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EvalSetupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public EvalSetupException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
