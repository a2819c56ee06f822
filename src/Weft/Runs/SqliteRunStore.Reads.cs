using Microsoft.Data.Sqlite;
using Weft.Images;

namespace Weft.Runs;

/// <content>Queries that read a run back for reports and resumption.</content>
public sealed partial class SqliteRunStore
{
    /// <inheritdoc />
    public IReadOnlyDictionary<(string System, string InstanceId), ItemRecord> ReadItems()
    {
        var items = new Dictionary<(string, string), ItemRecord>();
        Query("SELECT system, instance_id, status, error_kind, error, finished_at FROM items", r => items[(r.GetString(0), r.GetString(1))] = Item(r));
        return items;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<(string System, string InstanceId), ItemRecord> ReadItems(IEnumerable<(string System, string InstanceId)> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<(string, string), ItemRecord>();
        foreach (var key in keys)
        {
            Query(
                "SELECT system, instance_id, status, error_kind, error, finished_at FROM items WHERE system = $s AND instance_id = $i",
                r => items[key] = Item(r),
                ("$s", key.System),
                ("$i", key.InstanceId));
        }

        return items;
    }

    /// <inheritdoc />
    public IReadOnlyList<InstanceRow> ReadInstances()
    {
        var rows = new List<InstanceRow>();
        Query("SELECT id, task, ordinal FROM instances ORDER BY ordinal, id", r => rows.Add(new InstanceRow(r.GetString(0), r.GetString(1), r.GetInt32(2))));
        return rows;
    }

    /// <inheritdoc />
    public IReadOnlyList<OutputRow> ReadOutputs()
    {
        var rows = new List<OutputRow>();
        var systems = new NamePool();
        Query("SELECT system, instance_id, present, content_hash FROM outputs", r =>
            rows.Add(new OutputRow(systems.Of(r.GetString(0)), r.GetString(1), r.GetInt32(2) != 0, NullableString(r, 3))));
        return rows;
    }

    /// <inheritdoc />
    public IReadOnlyList<OutputRow> ReadOutputs(IEnumerable<(string System, string InstanceId)> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var rows = new List<OutputRow>();
        foreach (var (system, instanceId) in keys)
        {
            Query(
                "SELECT present, content_hash FROM outputs WHERE system = $s AND instance_id = $i",
                r => rows.Add(new OutputRow(system, instanceId, r.GetInt32(0) != 0, NullableString(r, 1))),
                ("$s", system),
                ("$i", instanceId));
        }

        return rows;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<VerdictRecord>> ReadVerdicts()
    {
        var verdicts = new Dictionary<(string, string), List<VerdictRecord>>();
        Query(
            "SELECT system, instance_id, aspect, status, score, explanation, request_key, parse_method, judge, prompt_id, prompt_hash FROM verdicts",
            r =>
            {
                var key = (r.GetString(0), r.GetString(1));
                if (!verdicts.TryGetValue(key, out var list))
                {
                    verdicts[key] = list = [];
                }

                list.Add(new VerdictRecord(
                    r.GetString(2), ParseStatus(r.GetString(3)), r.IsDBNull(4) ? null : r.GetInt32(4), NullableString(r, 5),
                    NullableString(r, 6), NullableString(r, 7), NullableString(r, 8), NullableString(r, 9), NullableString(r, 10)));
            });
        return verdicts.ToDictionary(p => p.Key, p => (IReadOnlyList<VerdictRecord>)p.Value);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<VerdictRecord>> ReadVerdicts(IEnumerable<(string System, string InstanceId)> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var verdicts = new Dictionary<(string, string), IReadOnlyList<VerdictRecord>>();
        foreach (var key in keys)
        {
            var list = new List<VerdictRecord>();
            Query(
                "SELECT aspect, status, score, explanation, request_key, parse_method, judge, prompt_id, prompt_hash FROM verdicts WHERE system = $s AND instance_id = $i",
                r => list.Add(new VerdictRecord(
                    r.GetString(0), ParseStatus(r.GetString(1)), r.IsDBNull(2) ? null : r.GetInt32(2), NullableString(r, 3),
                    NullableString(r, 4), NullableString(r, 5), NullableString(r, 6), NullableString(r, 7), NullableString(r, 8))),
                ("$s", key.System),
                ("$i", key.InstanceId));
            if (list.Count > 0)
            {
                verdicts[key] = list;
            }
        }

        return verdicts;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<AspectResult>> ReadVerdictScores()
    {
        // System and aspect names repeat on every row, so each distinct one is kept once.
        var scores = new Dictionary<(string, string), List<AspectResult>>();
        var names = new NamePool();
        Query(
            "SELECT system, instance_id, aspect, status, score FROM verdicts",
            r =>
            {
                var key = (names.Of(r.GetString(0)), r.GetString(1));
                if (!scores.TryGetValue(key, out var list))
                {
                    scores[key] = list = new List<AspectResult>(5);
                }

                list.Add(new AspectResult(names.Of(r.GetString(2)), ParseStatus(r.GetString(3)), r.IsDBNull(4) ? null : r.GetInt32(4)));
            });
        return scores.ToDictionary(p => p.Key, p => (IReadOnlyList<AspectResult>)p.Value);
    }

    /// <inheritdoc />
    public IReadOnlyList<(string System, string InstanceId, string Metric, double Value)> ReadMetrics()
    {
        // Every name repeats on many rows (an output has several metrics, an instance several systems), so each distinct
        // one is kept once: a run's metrics read back cost a row's numbers, not three new strings per row.
        var rows = new List<(string, string, string, double)>();
        var names = new NamePool();
        Query("SELECT system, instance_id, metric, value FROM metrics", r => rows.Add((names.Of(r.GetString(0)), names.Of(r.GetString(1)), names.Of(r.GetString(2)), r.GetDouble(3))));
        return rows;
    }

    /// <inheritdoc />
    public IReadOnlyList<ImageProblem> ReadImageProblems()
    {
        var rows = new List<ImageProblem>();
        Query(
            "SELECT owner, image, kind, problem FROM image_problems ORDER BY rowid",
            r => rows.Add(new ImageProblem(r.GetString(0), r.GetString(1), r.GetString(3), Enum.Parse<ImageLoadProblem>(r.GetString(2)))));
        return rows;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ReadRequestKeys(string system, string instanceId)
    {
        var keys = new List<string>();
        Query(
            "SELECT DISTINCT request_key FROM verdicts WHERE system = $s AND instance_id = $i AND request_key IS NOT NULL",
            r => keys.Add(r.GetString(0)),
            ("$s", system),
            ("$i", instanceId));
        return keys;
    }

    /// <inheritdoc />
    public StoreTotals ReadTotals()
    {
        StoreTotals totals = new(0, 0, 0, 0, 0);
        Query(
            """
            SELECT COUNT(*), COALESCE(SUM(purpose = 'repair'), 0), COALESCE(SUM(input_tokens), 0), COALESCE(SUM(output_tokens), 0),
                   (SELECT COUNT(*) FROM faults)
            FROM requests
            """,
            r => totals = new StoreTotals(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)));
        return totals;
    }

    private static ItemRecord Item(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), NullableString(r, 3), NullableString(r, 4), ParseTime(r.GetString(5)));

    private void Query(string sql, Action<SqliteDataReader> row, params (string Name, object? Value)[] parameters)
    {
        lock (gate)
        {
            using var command = Prepare(sql, parameters);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                row(reader);
            }
        }
    }
}
