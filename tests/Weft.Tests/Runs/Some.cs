using Weft.Protocols;
using Weft.Runs;

namespace Weft.Tests.Runs;

/// <summary>Builders of run-store records for tests.</summary>
internal static class Some
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static RunConfig Config() => new(
        InterleavedEvalProtocol.Name, "openai:gpt-4o", InterleavedEvalPrompt.Id, InterleavedEvalPrompt.Hash, 0f, null, false, "auto", 1024,
        string.Empty, "bench.jsonl", ["sys"], At, "0.1.0");

    public static StoredReply Reply(string key) => new(key, "judge", "openai:gpt-4o", "p/v1", "hash", "{}", "reply", 10, 5, 100, 1, At);

    public static VerdictRecord Verdict(string aspect, VerdictStatus status, int? score) =>
        new(aspect, status, score, "because", "rk", "StrictJson", "openai:gpt-4o", "p/v1", "hash");
}
