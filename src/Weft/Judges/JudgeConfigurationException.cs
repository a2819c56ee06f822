namespace Weft.Judges;

/// <summary>The judge cannot be used as configured (missing key, bad URL, rejected credentials); a user error, not a fault.</summary>
public sealed class JudgeConfigurationException : Exception
{
    /// <summary>Creates the exception with a message that tells the user what to change.</summary>
    public JudgeConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public JudgeConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
