using Weft.Arena;
using Weft.Meta;
using Weft.Protocols;

namespace Weft.Annotations;

/// <content>Human ratings and pairwise verdicts.</content>
public sealed partial class SqliteAnnotationStore
{
    /// <inheritdoc />
    public async Task SaveRatingsAsync(
        string annotator, string instanceId, string system, IReadOnlyList<(string Aspect, int? Score)> scores, string? comment, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scores);
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var tx = connection.BeginTransaction();
            await RunAsync(tx, "DELETE FROM human_ratings WHERE annotator = $a AND instance_id = $i AND system = $s", cancellationToken, ("$a", annotator), ("$i", instanceId), ("$s", system));
            foreach (var (aspect, score) in scores)
            {
                await RunAsync(
                    tx,
                    "INSERT INTO human_ratings (annotator, instance_id, system, aspect, score, comment, saved_at) VALUES ($a, $i, $s, $k, $v, $c, $t)",
                    cancellationToken,
                    ("$a", annotator), ("$i", instanceId), ("$s", system), ("$k", aspect), ("$v", score), ("$c", comment), ("$t", Format(at)));
            }

            tx.Commit();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<HumanRating>> ReadRatingsAsync(string? annotator = null, CancellationToken cancellationToken = default) => QueryAsync(
        """
        SELECT r.instance_id, r.system, r.aspect, a.name, r.score, r.comment FROM human_ratings r
        JOIN annotators a ON a.name = r.annotator
        WHERE $a IS NULL OR r.annotator = $a ORDER BY a.name, r.rowid
        """,
        r => new HumanRating(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5)),
        cancellationToken,
        ("$a", annotator));

    /// <inheritdoc />
    public Task SaveVerdictAsync(string annotator, PairwiseVerdict verdict, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return ExecuteAsync(
            """
            INSERT OR REPLACE INTO human_pairwise (annotator, instance_id, system_a, system_b, winner, shown, comment, saved_at)
            VALUES ($a, $i, $sa, $sb, $w, $sh, $c, $t)
            """,
            cancellationToken,
            ("$a", annotator), ("$i", verdict.InstanceId), ("$sa", verdict.SystemA), ("$sb", verdict.SystemB),
            ("$w", PairwiseWinners.Name(verdict.Winner)), ("$sh", verdict.Shown?.ToString()), ("$c", verdict.Comment), ("$t", Format(at)));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PairwiseVerdict>> ReadVerdictsAsync(string? annotator = null, CancellationToken cancellationToken = default) => QueryAsync(
        """
        SELECT p.instance_id, p.system_a, p.system_b, p.winner, a.name, p.shown, p.comment FROM human_pairwise p
        JOIN annotators a ON a.name = p.annotator
        WHERE $a IS NULL OR p.annotator = $a ORDER BY a.name, p.rowid
        """,
        r => new PairwiseVerdict(
            r.GetString(0),
            r.GetString(1),
            r.GetString(2),
            PairwiseWinners.TryParse(r.GetString(3), out var winner) ? winner : throw new InvalidDataException($"stored winner '{r.GetString(3)}' is not valid"),
            "annotator:" + r.GetString(4),
            r.IsDBNull(5) ? null : Enum.Parse<ShownOrder>(r.GetString(5)),
            r.IsDBNull(6) ? null : r.GetString(6)),
        cancellationToken,
        ("$a", annotator));
}
