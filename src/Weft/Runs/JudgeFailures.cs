using Weft.Judges;
using Weft.Scheduling;

namespace Weft.Runs;

/// <summary>
/// What a request that failed for good means for the run, the same for every protocol: a fault that no retry can
/// mend (a rejected key, an unreachable endpoint) stops the run; a request the judge refused (HTTP 4xx) is counted, so
/// that a judge refusing everything from the start can stop the run too (<see cref="JudgeSession"/>); anything else
/// becomes the item's transport error.
/// </summary>
internal sealed class JudgeFailures
{
    private int rejections;

    /// <summary>Requests the judge refused so far.</summary>
    public int Rejections => Volatile.Read(ref rejections);

    /// <summary>Records <paramref name="failure"/>; throws <see cref="JudgeConfigurationException"/> when it must stop the run.</summary>
    public void Record(RequestFailedException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Fault.StopsRun)
        {
            throw new JudgeConfigurationException(failure.Fault.Message, failure);
        }

        if (failure.Fault.Kind == "rejected")
        {
            Interlocked.Increment(ref rejections);
        }
    }
}
