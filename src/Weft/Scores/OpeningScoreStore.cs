using System.Globalization;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Scores;

/// <summary>
/// The opening-score protocol's own tables in a run's <c>weft.db</c> (beside the tables of <see cref="SqliteRunStore"/>,
/// whose request cache and fault log it shares): its run configuration, one row per judged output, and one row per
/// output and criterion (a score with its justification, or the problem that left it without one).
/// </summary>
internal sealed class OpeningScoreStore : ProtocolTables
{
    private OpeningScoreStore(string runFolder)
        : base(
            runFolder,
            "opening_meta",
            """
            CREATE TABLE IF NOT EXISTS opening_items (
                instance_id TEXT NOT NULL, system TEXT NOT NULL COLLATE NOCASE, request_key TEXT NOT NULL, repair_key TEXT,
                parse_method TEXT, error_kind TEXT, error TEXT, judged_at TEXT NOT NULL, PRIMARY KEY (instance_id, system));
            CREATE TABLE IF NOT EXISTS opening_scores (
                instance_id TEXT NOT NULL, system TEXT NOT NULL COLLATE NOCASE, criterion TEXT NOT NULL, ordinal INTEGER NOT NULL,
                score INTEGER, justification TEXT, problem TEXT, PRIMARY KEY (instance_id, system, criterion));
            """)
    {
    }

    /// <summary>Opens the tables in <paramref name="runFolder"/>'s store, creating them when needed.</summary>
    public static OpeningScoreStore Open(string runFolder) => new(runFolder);

    /// <summary>Atomically replaces one output's judgment and its seven criterion rows.</summary>
    public void Save(OpeningJudgment j)
    {
        lock (Gate)
        {
            using var transaction = Connection.BeginTransaction();
            Run(
                """
                INSERT OR REPLACE INTO opening_items (instance_id, system, request_key, repair_key, parse_method, error_kind, error, judged_at)
                VALUES ($i, $s, $k, $r, $m, $ek, $e, $t)
                """,
                ("$i", j.InstanceId), ("$s", j.System), ("$k", j.RequestKey), ("$r", j.RepairKey), ("$m", j.Method), ("$ek", j.ErrorKind), ("$e", j.Error),
                ("$t", j.JudgedAt.ToString("O", CultureInfo.InvariantCulture)));
            Run("DELETE FROM opening_scores WHERE instance_id = $i AND system = $s", ("$i", j.InstanceId), ("$s", j.System));
            var ordinal = 0;
            foreach (var criterion in OpeningCriteria.All)
            {
                var score = j.Scores.FirstOrDefault(s => s.Key == criterion);
                var problem = score is null ? j.Problems.FirstOrDefault(p => p.Key == criterion)?.Problem ?? "missing" : null;
                Run(
                    "INSERT INTO opening_scores (instance_id, system, criterion, ordinal, score, justification, problem) VALUES ($i, $s, $c, $o, $v, $j, $p)",
                    ("$i", j.InstanceId), ("$s", j.System), ("$c", criterion), ("$o", ordinal++), ("$v", score?.Score), ("$j", score?.Explanation), ("$p", problem));
            }

            transaction.Commit();

            void Run(string sql, params (string Name, object? Value)[] parameters)
            {
                using var command = Command(sql, parameters);
                command.Transaction = transaction;
                command.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Every stored judgment, keyed by instance and system (systems case-insensitively).</summary>
    public Dictionary<(string InstanceId, string System), OpeningJudgment> ReadAll()
    {
        var all = new Dictionary<(string, string), OpeningJudgment>(new KeyComparer());
        lock (Gate)
        {
            var criteria = new Dictionary<(string, string), (List<CriterionScore> Scores, List<CriterionProblem> Problems)>(new KeyComparer());
            using (var command = Command("SELECT instance_id, system, criterion, score, justification, problem FROM opening_scores ORDER BY ordinal"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var key = (reader.GetString(0), reader.GetString(1));
                    if (!criteria.TryGetValue(key, out var rows))
                    {
                        criteria[key] = rows = ([], []);
                    }

                    if (reader.IsDBNull(3))
                    {
                        rows.Problems.Add(new CriterionProblem(reader.GetString(2), Text(reader, 5) ?? "missing"));
                    }
                    else
                    {
                        rows.Scores.Add(new CriterionScore(reader.GetString(2), reader.GetInt32(3), Text(reader, 4) ?? string.Empty));
                    }
                }
            }

            using (var command = Command("SELECT instance_id, system, request_key, repair_key, parse_method, error_kind, error, judged_at FROM opening_items"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var key = (reader.GetString(0), reader.GetString(1));
                    var (scores, problems) = criteria.TryGetValue(key, out var rows) ? rows : ([], []);
                    all[key] = new OpeningJudgment(
                        key.Item1, key.Item2, scores, problems, reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6),
                        DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
                }
            }
        }

        return all;
    }

    private sealed class KeyComparer : IEqualityComparer<(string InstanceId, string System)>
    {
        public bool Equals((string InstanceId, string System) x, (string InstanceId, string System) y) =>
            string.Equals(x.InstanceId, y.InstanceId, StringComparison.Ordinal) && string.Equals(x.System, y.System, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string InstanceId, string System) obj) => HashCode.Combine(obj.InstanceId, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.System));
    }
}
