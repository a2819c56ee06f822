using System.Globalization;

namespace Weft.Runs;

/// <summary>The settings a run was made with, kept in the store so that a re-run can only resume the same evaluation.</summary>
/// <param name="Protocol">Protocol name.</param>
/// <param name="Judge">Judge spec without secrets, or "none".</param>
/// <param name="PromptId">Versioned prompt id (null without a judge).</param>
/// <param name="PromptHash">SHA-256 of the prompt texts (null without a judge).</param>
/// <param name="Temperature">Judge temperature.</param>
/// <param name="MaxOutputTokens">Reply token limit, or null for the protocol's default.</param>
/// <param name="PerAspect">One request per aspect.</param>
/// <param name="ImageDetail">Image detail level.</param>
/// <param name="MaxImageSide">Longest image side sent.</param>
/// <param name="TaskRules">Per-task applicability overrides, rendered as text ("pattern: aspect, aspect; ...").</param>
/// <param name="Benchmark">Benchmark file as given on first run.</param>
/// <param name="Systems">Systems evaluated so far, in the order first given.</param>
/// <param name="Created">When the run was first started (UTC).</param>
/// <param name="WeftVersion">Version of Weft that created the run.</param>
public sealed record RunConfig(
    string Protocol,
    string Judge,
    string? PromptId,
    string? PromptHash,
    float Temperature,
    int? MaxOutputTokens,
    bool PerAspect,
    string ImageDetail,
    int MaxImageSide,
    string TaskRules,
    string Benchmark,
    IReadOnlyList<string> Systems,
    DateTimeOffset Created,
    string WeftVersion)
{
    /// <summary>Differences in anything that changes verdicts; empty when <paramref name="other"/> may resume this run.</summary>
    public IReadOnlyList<string> Conflicts(RunConfig other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var conflicts = new List<string>();
        Check("protocol", Protocol, other.Protocol);
        Check("judge", Judge, other.Judge);
        Check("prompt", Prompt(PromptId, PromptHash), Prompt(other.PromptId, other.PromptHash));
        Check("temperature", Temperature, other.Temperature);
        Check("max output tokens", MaxOutputTokens?.ToString(CultureInfo.InvariantCulture) ?? "default", other.MaxOutputTokens?.ToString(CultureInfo.InvariantCulture) ?? "default");
        Check("per-aspect", PerAspect, other.PerAspect);
        Check("image detail", ImageDetail, other.ImageDetail);
        Check("max image side", MaxImageSide, other.MaxImageSide);
        Check("task rules", TaskRules.Length == 0 ? "none" : TaskRules, other.TaskRules.Length == 0 ? "none" : other.TaskRules);
        return conflicts;

        void Check<T>(string what, T mine, T theirs)
            where T : IEquatable<T>
        {
            if (!mine.Equals(theirs))
            {
                conflicts.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: the run has '{mine}', this command asks for '{theirs}'"));
            }
        }
    }

    // A run without a judge has no prompt; "none" reads better than empty quotes.
    private static string Prompt(string? id, string? hash) => id is null ? "none" : hash is null ? id : $"{id} ({hash})";

    /// <summary>For a run judged with a protocol file, its definition as canonical JSON (what the run's verdicts mean); null for built-in protocols.</summary>
    public string? ProtocolDefinition { get; init; }

    /// <summary>The criterion keys its verdicts hold, in protocol order; empty for a run without a judge.</summary>
    public IReadOnlyList<string> AspectKeys() => [.. Criteria().Select(c => c.Name)];

    /// <summary>The criteria its verdicts are given on, with their scales, in protocol order; empty for a run without a judge.</summary>
    public IReadOnlyList<Protocols.Criterion> Criteria() => Judge == "none" ? []
        : Rubric() is { } rubric ? [.. rubric.Criteria.Select(c => c.Criterion)]
        : Protocol == Protocols.OpeningScoreProtocol.Name ? Protocols.OpeningScoreProtocol.SevenCriteria
        : Protocols.InterleavedEvalProtocol.AspectCriteria;

    /// <summary>The protocol file the run was judged with, read back from <see cref="ProtocolDefinition"/>; null for built-in protocols.</summary>
    public Protocols.Rubrics.RubricDefinition? Rubric() => ProtocolDefinition is { } definition
        ? Protocols.Rubrics.RubricFile.Parse($"the protocol stored in the run ({Protocol})", definition, yaml: false)
        : null;

    /// <summary>The report header view of this configuration.</summary>
    public RunInfo ToRunInfo() => new(Protocol, Judge, PromptId, PromptHash, Benchmark, Systems, Created, WeftVersion);
}
