namespace Weft.Protocols;

/// <summary>
/// How every store spells a unit's error kind. Runs made before the kinds were told apart store <c>reply</c> for
/// every reply error; it still reads as one.
/// </summary>
public static class ErrorKinds
{
    /// <summary>The stored name of <see cref="VerdictErrorKind.Transport"/>.</summary>
    public const string Transport = "transport";

    /// <summary>The kind older runs stored for every reply error.</summary>
    public const string LegacyReply = "reply";

    /// <summary>The stored name of <paramref name="kind"/>: transport, refusal, unparseable, out_of_range or truncated.</summary>
    public static string Name(VerdictErrorKind kind) => kind switch
    {
        VerdictErrorKind.Transport => Transport,
        VerdictErrorKind.Refusal => "refusal",
        VerdictErrorKind.Unparseable => "unparseable",
        VerdictErrorKind.OutOfRange => "out_of_range",
        VerdictErrorKind.Truncated => "truncated",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// True when a stored kind says the judge answered without a valid verdict: such an error is final (asking the
    /// same request again returns the same cached reply) until the user asks again with --retry-errors.
    /// </summary>
    public static bool IsReplyError(string? stored) => stored is not null && stored != Transport;
}
