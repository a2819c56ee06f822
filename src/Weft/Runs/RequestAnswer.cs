using Weft.Protocols;

namespace Weft.Runs;

/// <summary>How one request (and its repair, when one was sent) ended, the same for every protocol.</summary>
/// <param name="Request">The first request.</param>
/// <param name="Repair">The repair request, when the first reply was incomplete.</param>
/// <param name="Given">Valid answers, in the order the criteria were asked.</param>
/// <param name="Problems">For each asked criterion without a valid answer, why (one line).</param>
/// <param name="FirstMethod">How the first reply was read; null when it never came.</param>
/// <param name="RepairMethod">How the repair reply was read; null when none came.</param>
/// <param name="ErrorKind">Null when every asked criterion has an answer.</param>
/// <param name="Error">For errors, one line naming the first criterion without an answer and why.</param>
internal sealed record RequestAnswer(
    JudgeRequest Request,
    JudgeRequest? Repair,
    IReadOnlyList<GivenAnswer> Given,
    IReadOnlyList<CriterionProblem> Problems,
    ParseMethod? FirstMethod,
    ParseMethod? RepairMethod,
    VerdictErrorKind? ErrorKind,
    string? Error)
{
    /// <summary>The stored name of <see cref="ErrorKind"/>, or null.</summary>
    public string? ErrorKindName => ErrorKind is { } kind ? ErrorKinds.Name(kind) : null;
}
