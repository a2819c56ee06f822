using Microsoft.Data.Sqlite;
using Weft.Arena;
using Weft.Meta;
using Weft.Protocols;

namespace Weft.Server.Annotations;

/// <content>Human ratings and pairwise verdicts, and the SQLite helpers.</content>
internal sealed partial class AnnotationStore
{
    /// <summary>Replaces an annotator's ratings of one output with <paramref name="scores"/> (aspect key → score, null = N/A).</summary>
    public void SaveRatings(string annotator, string instanceId, string system, IReadOnlyList<(string Aspect, int? Score)> scores, string? comment, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scores);
        lock (gate)
        {
            using var tx = connection.BeginTransaction();
            Run(tx, "DELETE FROM human_ratings WHERE annotator = $a AND instance_id = $i AND system = $s", ("$a", annotator), ("$i", instanceId), ("$s", system));
            foreach (var (aspect, score) in scores)
            {
                Run(
                    tx,
                    "INSERT INTO human_ratings (annotator, instance_id, system, aspect, score, comment, saved_at) VALUES ($a, $i, $s, $k, $v, $c, $t)",
                    ("$a", annotator), ("$i", instanceId), ("$s", system), ("$k", aspect), ("$v", score), ("$c", comment), ("$t", Format(at)));
            }

            tx.Commit();
        }
    }

    /// <summary>Ratings of one annotator, or of everyone when <paramref name="annotator"/> is null, with Rater = the annotator's name.</summary>
    public IReadOnlyList<HumanRating> ReadRatings(string? annotator = null)
    {
        var found = new List<HumanRating>();
        Query(
            """
            SELECT r.instance_id, r.system, r.aspect, a.name, r.score, r.comment FROM human_ratings r
            JOIN annotators a ON a.name = r.annotator
            WHERE $a IS NULL OR r.annotator = $a ORDER BY a.name, r.rowid
            """,
            r => found.Add(new HumanRating(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5))),
            ("$a", annotator));
        return found;
    }

    /// <summary>Adds or replaces an annotator's verdict on a battle (keyed by instance and the verdict's system order).</summary>
    public void SaveVerdict(string annotator, PairwiseVerdict verdict, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        Execute(
            """
            INSERT OR REPLACE INTO human_pairwise (annotator, instance_id, system_a, system_b, winner, shown, comment, saved_at)
            VALUES ($a, $i, $sa, $sb, $w, $sh, $c, $t)
            """,
            ("$a", annotator), ("$i", verdict.InstanceId), ("$sa", verdict.SystemA), ("$sb", verdict.SystemB),
            ("$w", PairwiseWinners.Name(verdict.Winner)), ("$sh", verdict.Shown?.ToString()), ("$c", verdict.Comment), ("$t", Format(at)));
    }

    /// <summary>Pairwise verdicts of one annotator, or of everyone, with Source = <c>annotator:NAME</c>.</summary>
    public IReadOnlyList<PairwiseVerdict> ReadVerdicts(string? annotator = null)
    {
        var found = new List<PairwiseVerdict>();
        Query(
            """
            SELECT p.instance_id, p.system_a, p.system_b, p.winner, a.name, p.shown, p.comment FROM human_pairwise p
            JOIN annotators a ON a.name = p.annotator
            WHERE $a IS NULL OR p.annotator = $a ORDER BY a.name, p.rowid
            """,
            r => found.Add(new PairwiseVerdict(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                PairwiseWinners.TryParse(r.GetString(3), out var winner) ? winner : throw new InvalidDataException($"stored winner '{r.GetString(3)}' is not valid"),
                "annotator:" + r.GetString(4),
                r.IsDBNull(5) ? null : Enum.Parse<ShownOrder>(r.GetString(5)),
                r.IsDBNull(6) ? null : r.GetString(6))),
            ("$a", annotator));
        return found;
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            Bind(command, parameters);
            return command.ExecuteNonQuery();
        }
    }

    private void Run(SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        Bind(command, parameters);
        command.ExecuteNonQuery();
    }

    private void Query(string sql, Action<SqliteDataReader> row, params (string Name, object? Value)[] parameters)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            Bind(command, parameters);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                row(reader);
            }
        }
    }

    private static void Bind(SqliteCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
