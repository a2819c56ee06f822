using Weft.Text;

namespace Weft.Scheduling;

/// <summary>A request failed for good: a permanent fault, or transient faults on every allowed attempt.</summary>
public sealed class RequestFailedException : Exception
{
    /// <summary>Creates the exception from the last fault.</summary>
    public RequestFailedException(Fault fault, int attempts, Exception? inner = null)
        : base($"{fault.Message} (after {Plural.Count(attempts, "attempt")})", inner)
    {
        Fault = fault;
        Attempts = attempts;
    }

    /// <summary>The last fault seen.</summary>
    public Fault Fault { get; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }
}
