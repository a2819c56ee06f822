using System.Globalization;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Arena;

/// <summary>
/// The pairwise judge's own tables in a run's <c>weft.db</c> (beside the tables of <see cref="SqliteRunStore"/>, whose
/// request cache and fault log it shares): its run configuration and one row per judged (instance, shown order).
/// </summary>
internal sealed class ArenaStore : ProtocolTables
{
    private ArenaStore(string runFolder)
        : base(
            runFolder,
            "arena_meta",
            """
            CREATE TABLE IF NOT EXISTS arena_judgments (
                instance_id TEXT NOT NULL, first_system TEXT NOT NULL COLLATE NOCASE, second_system TEXT NOT NULL COLLATE NOCASE,
                winner TEXT, explanation TEXT, request_key TEXT NOT NULL, parse_method TEXT, error_kind TEXT, error TEXT,
                judged_at TEXT NOT NULL, PRIMARY KEY (instance_id, first_system, second_system));
            """)
    {
    }

    /// <summary>Opens the tables in <paramref name="runFolder"/>'s store, creating them when needed.</summary>
    public static ArenaStore Open(string runFolder) => new(runFolder);

    /// <summary>Adds or replaces one judgment.</summary>
    public void Save(ArenaJudgment j) => Execute(
        """
        INSERT OR REPLACE INTO arena_judgments (instance_id, first_system, second_system, winner, explanation, request_key, parse_method, error_kind, error, judged_at)
        VALUES ($i, $f, $s, $w, $x, $k, $m, $ek, $e, $t)
        """,
        ("$i", j.InstanceId), ("$f", j.First), ("$s", j.Second), ("$w", j.Winner is { } w ? PairwiseWinners.Name(w) : null), ("$x", j.Explanation),
        ("$k", j.RequestKey), ("$m", j.Method), ("$ek", j.ErrorKind), ("$e", j.Error), ("$t", j.JudgedAt.ToString("O", CultureInfo.InvariantCulture)));

    /// <summary>Every stored judgment, keyed by instance, first and second system (systems case-insensitively).</summary>
    public Dictionary<(string InstanceId, string First, string Second), ArenaJudgment> ReadAll()
    {
        var all = new Dictionary<(string, string, string), ArenaJudgment>(new KeyComparer());
        lock (Gate)
        {
            using var command = Command("SELECT instance_id, first_system, second_system, winner, explanation, request_key, parse_method, error_kind, error, judged_at FROM arena_judgments");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                PairwiseWinner? winner = reader.IsDBNull(3) ? null : PairwiseWinners.TryParse(reader.GetString(3), out var w) ? w : throw new InvalidDataException($"unknown winner '{reader.GetString(3)}' in the store");
                var row = new ArenaJudgment(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), winner, Text(reader, 4), reader.GetString(5), Text(reader, 6), Text(reader, 7), Text(reader, 8),
                    DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
                all[(row.InstanceId, row.First, row.Second)] = row;
            }
        }

        return all;
    }

    private sealed class KeyComparer : IEqualityComparer<(string InstanceId, string First, string Second)>
    {
        public bool Equals((string InstanceId, string First, string Second) x, (string InstanceId, string First, string Second) y) =>
            string.Equals(x.InstanceId, y.InstanceId, StringComparison.Ordinal)
            && string.Equals(x.First, y.First, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.Second, y.Second, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string InstanceId, string First, string Second) obj) =>
            HashCode.Combine(obj.InstanceId, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.First), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Second));
    }
}
