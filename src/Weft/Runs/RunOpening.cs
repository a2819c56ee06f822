namespace Weft.Runs;

/// <summary>
/// The one rule for starting or resuming a run, whatever keeps its configuration: a new run takes the settings asked
/// for; a stored run must agree with them (else a setup error naming each difference) and gains the new systems; and
/// a stored run that holds no judge reply (nothing was paid for: no API key, a wrong endpoint) has its settings
/// replaced rather than refused.
/// </summary>
internal static class RunOpening
{
    /// <summary>
    /// The configuration to run with, written through <paramref name="write"/>, and whether the run is new.
    /// <paramref name="kind"/> names the run in messages ("pairwise"), or null for a plain run.
    /// </summary>
    public static (RunConfig Config, bool IsNew) Open(
        RunConfig? existing, RunConfig asked, bool holdsReplies, string runFolder, string? kind, IRunObserver observer, Action<RunConfig> write)
    {
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(observer);
        ArgumentNullException.ThrowIfNull(write);
        var run = kind is null ? "run" : kind + " run";
        if (existing is not null && existing.Conflicts(asked).Count > 0 && !holdsReplies)
        {
            observer.Info($"The {run} in {runFolder} holds no judge replies yet; its earlier settings are replaced by these.");
            existing = null;
        }

        if (existing is null)
        {
            write(asked);
            observer.Info($"New {run} in {runFolder}.");
            return (asked, true);
        }

        var conflicts = existing.Conflicts(asked);
        if (conflicts.Count > 0)
        {
            throw new EvalSetupException(
                $"{runFolder} holds a {run} made with other settings, so it cannot be resumed with these ({string.Join("; ", conflicts)}). Use another --run folder.");
        }

        var merged = existing with { Systems = [.. existing.Systems.Concat(asked.Systems.Where(s => !existing.Systems.Contains(s, StringComparer.OrdinalIgnoreCase)))] };
        write(merged);
        observer.Info($"Resuming the {run} in {runFolder} (started {existing.Created:yyyy-MM-dd HH:mm} UTC).");
        return (merged, false);
    }
}
