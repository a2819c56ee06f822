using Weft.Images;
using Weft.Scheduling;

namespace Weft.Runs;

/// <summary>
/// Everything a run depends on and produces: configuration, instances, outputs, the request cache with raw replies,
/// faults, verdicts, offline metrics and image problems. It is also the cache: a reply stored under a request key is
/// never paid for again. Implementations must be safe for concurrent use and keep each write atomic.
/// </summary>
public interface IRunStore : IDisposable
{
    /// <summary>Where the store lives (a file path or a connection description without secrets).</summary>
    string Location { get; }

    /// <summary>The stored run configuration, or null for a new run.</summary>
    RunConfig? ReadConfig();

    /// <summary>Saves the run configuration.</summary>
    void WriteConfig(RunConfig config);

    /// <summary>Where the run's benchmark and outputs are, or null when not recorded (runs made before Weft recorded it).</summary>
    RunSources? ReadSources();

    /// <summary>Records where the run's benchmark and outputs are.</summary>
    void WriteSources(RunSources sources);

    /// <summary>Adds or updates instances.</summary>
    void SaveInstances(IEnumerable<InstanceRow> instances);

    /// <summary>Adds or updates whether each system has an output per instance.</summary>
    void SaveOutputs(IEnumerable<OutputRow> outputs);

    /// <summary>The cached reply for a request key, or null.</summary>
    StoredReply? FindReply(string key);

    /// <summary>Stores a reply as soon as it arrives, so that a crash right after never loses a paid-for answer.</summary>
    void SaveReply(StoredReply reply);

    /// <summary>Whether any judge reply is stored: a run without one has cost nothing, so its settings may be replaced.</summary>
    bool HoldsReplies();

    /// <summary>Forgets cached replies (used by --retry-errors for replies that gave no valid score).</summary>
    void DeleteReplies(IEnumerable<string> keys);

    /// <summary>Records one failed attempt of a request.</summary>
    void SaveFault(string requestKey, int attempt, Fault fault, DateTimeOffset at);

    /// <summary>Every finished item (judged or error), keyed by system and instance.</summary>
    IReadOnlyDictionary<(string System, string InstanceId), ItemRecord> ReadItems();

    /// <summary>The finished items among <paramref name="keys"/> (a run read a chunk at a time holds only that chunk's).</summary>
    IReadOnlyDictionary<(string System, string InstanceId), ItemRecord> ReadItems(IEnumerable<(string System, string InstanceId)> keys);

    /// <summary>Atomically replaces an item's status and all its verdicts.</summary>
    void SaveItem(ItemRecord item, IReadOnlyList<VerdictRecord> verdicts);

    /// <summary>Atomically replaces the offline metric values of one output.</summary>
    void SaveMetrics(string system, string instanceId, IReadOnlyList<(string Metric, double Value)> values);

    /// <summary>Replaces the offline metric values of many outputs in one transaction: all or none.</summary>
    void SaveMetrics(IEnumerable<(string System, string InstanceId, IReadOnlyList<(string Metric, double Value)> Values)> outputs);

    /// <summary>Replaces the list of image problems found by the last image check.</summary>
    void ReplaceImageProblems(IReadOnlyList<ImageProblem> problems);

    /// <summary>Instances in benchmark order.</summary>
    IReadOnlyList<InstanceRow> ReadInstances();

    /// <summary>Output presence rows.</summary>
    IReadOnlyList<OutputRow> ReadOutputs();

    /// <summary>The output rows among <paramref name="keys"/>.</summary>
    IReadOnlyList<OutputRow> ReadOutputs(IEnumerable<(string System, string InstanceId)> keys);

    /// <summary>The verdicts of the outputs among <paramref name="keys"/> (a run read a chunk at a time holds only that chunk's).</summary>
    IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<VerdictRecord>> ReadVerdicts(IEnumerable<(string System, string InstanceId)> keys);

    /// <summary>All verdicts, keyed by system and instance.</summary>
    IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<VerdictRecord>> ReadVerdicts();

    /// <summary>
    /// Every verdict's aspect, status and score (no explanations, keys or prompt ids), keyed by system and instance:
    /// what summaries need, at a fraction of <see cref="ReadVerdicts()"/>'s memory on large runs.
    /// </summary>
    IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<AspectResult>> ReadVerdictScores();

    /// <summary>All offline metric values.</summary>
    IReadOnlyList<(string System, string InstanceId, string Metric, double Value)> ReadMetrics();

    /// <summary>Image problems of the last image check.</summary>
    IReadOnlyList<ImageProblem> ReadImageProblems();

    /// <summary>Request verdict keys of an item (to find its cached replies).</summary>
    IReadOnlyList<string> ReadRequestKeys(string system, string instanceId);

    /// <summary>Totals over stored replies and faults, for run summaries.</summary>
    StoreTotals ReadTotals();
}
