namespace Weft.Protocols;

/// <summary>
/// A judging protocol as a value: what it judges, the criteria it yields, how it asks and how it reads replies. One
/// judge loop runs every protocol (built-in or loaded from a file); a protocol never sends anything itself.
/// </summary>
public interface IJudgeProtocol
{
    /// <summary>The protocol name used on the command line and in the store ("interleaved-eval", "opening-score", "pairwise", a rubric's id).</summary>
    string Id { get; }

    /// <summary>The versioned prompt id stored with every verdict ("opening-score/v1").</summary>
    string PromptId { get; }

    /// <summary>SHA-256 (lowercase hex) of every text the protocol sends: a changed prompt is a different run.</summary>
    string PromptHash { get; }

    /// <summary>What one verdict is about.</summary>
    JudgeUnitKind Unit { get; }

    /// <summary>The criteria verdicts are given on, in report order.</summary>
    IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>How verdicts become numbers.</summary>
    VerdictAggregation Aggregation { get; }

    /// <summary>Which criteria are asked for <paramref name="unit"/> and which do not apply.</summary>
    UnitCriteria Decide(JudgeUnit unit);

    /// <summary>The requests that ask the <paramref name="criteria"/> of <paramref name="unit"/> (none when the list is empty); pure.</summary>
    IReadOnlyList<JudgeRequest> BuildRequests(JudgeUnit unit, IReadOnlyList<string> criteria, IImageIndex images);

    /// <summary>Reads a reply to <paramref name="request"/>: valid answers and a problem for each asked criterion without one; never invents one.</summary>
    ReplyReading Parse(JudgeRequest request, string reply);

    /// <summary>The single follow-up sent when <paramref name="reading"/> of the reply to <paramref name="original"/> is incomplete.</summary>
    JudgeRequest BuildRepair(JudgeRequest original, string reply, ReplyReading reading, IImageIndex images);
}
