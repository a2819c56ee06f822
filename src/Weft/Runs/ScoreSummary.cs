using Microsoft.Data.Sqlite;
using Weft.Analysis;

namespace Weft.Runs;

/// <summary>
/// A run's score summary computed while its verdicts and metrics are read from the store row by row: the same report
/// as summarizing <see cref="RunResults"/>, without holding every result of a large run at once.
/// </summary>
public static class ScoreSummary
{
    /// <summary>Summarizes the run in <paramref name="runFolder"/>; throws <see cref="EvalSetupException"/> when it holds no run.</summary>
    /// <param name="runFolder">The run folder.</param>
    /// <param name="level">Confidence level of the intervals.</param>
    public static (ScoreReport Report, StoreTotals Totals) Summarize(string runFolder, double level = 0.95)
    {
        var path = SqliteRunStore.ExistingPath(runFolder);

        RunConfig config;
        StoreTotals totals;
        using (var store = SqliteRunStore.Open(runFolder))
        {
            config = store.ReadConfig() ?? throw new EvalSetupException($"{store.Location} holds no run configuration");
            totals = store.ReadTotals();
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        IReadOnlyList<string> aspects = config.Judge != "none" ? [.. Protocols.Aspects.All.Select(Protocols.Aspects.Key)] : [];
        var report = ScoreAnalysis.Summarize(config.ToRunInfo(), aspects, Items(connection, config.Systems), Metrics(connection), level);
        return (report, totals);
    }

    // Each system's items in instance order, with their verdicts in stored order (as RunResults.Load lists them).
    private static IEnumerable<ItemResult> Items(SqliteConnection connection, IReadOnlyList<string> systems)
    {
        var names = new NamePool();
        foreach (var system in systems)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT i.id, i.task, o.present, v.aspect, v.status, v.score
                FROM instances i
                JOIN outputs o ON o.system = $s AND o.instance_id = i.id
                LEFT JOIN verdicts v ON o.present = 1 AND v.system = $s AND v.instance_id = i.id
                ORDER BY i.ordinal, i.id, v.rowid
                """;
            command.Parameters.AddWithValue("$s", system);
            using var reader = command.ExecuteReader();
            string? id = null, task = null;
            var present = false;
            List<AspectResult> aspects = [];
            while (reader.Read())
            {
                var rowId = reader.GetString(0);
                if (rowId != id)
                {
                    if (id is not null)
                    {
                        yield return new ItemResult(system, id, task!, !present, aspects);
                    }

                    (id, task, present, aspects) = (rowId, names.Of(reader.GetString(1)), reader.GetInt32(2) != 0, []);
                }

                if (!reader.IsDBNull(3))
                {
                    aspects.Add(new AspectResult(names.Of(reader.GetString(3)), SqliteRunStore.ParseStatus(reader.GetString(4)), reader.IsDBNull(5) ? null : reader.GetInt32(5)));
                }
            }

            if (id is not null)
            {
                yield return new ItemResult(system, id, task!, !present, aspects);
            }
        }
    }

    // Metric values of instances in the run, in stored order.
    private static IEnumerable<MetricObservation> Metrics(SqliteConnection connection)
    {
        var names = new NamePool();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT m.system, m.instance_id, i.task, m.metric, m.value FROM metrics m JOIN instances i ON i.id = m.instance_id ORDER BY m.rowid";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new MetricObservation(names.Of(reader.GetString(0)), reader.GetString(1), names.Of(reader.GetString(2)), names.Of(reader.GetString(3)), reader.GetDouble(4));
        }
    }
}
