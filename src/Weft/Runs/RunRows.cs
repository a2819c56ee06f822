using Microsoft.Data.Sqlite;
using Weft.Files;

namespace Weft.Runs;

/// <summary>
/// A finished or running run read row by row in the shape analysis takes: the same items and metrics as
/// <see cref="RunResults"/>, without holding every result of a large run at once.
/// </summary>
public sealed class RunRows : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly IReadOnlyList<string> systems;

    private RunRows(SqliteConnection connection, RunConfig config, StoreTotals totals)
    {
        this.connection = connection;
        systems = config.Systems;
        Run = config.ToRunInfo();
        Criteria = config.Criteria();
        Aspects = [.. Criteria.Select(c => c.Name)];
        Totals = totals;
    }

    /// <summary>What the run was.</summary>
    public RunInfo Run { get; }

    /// <summary>Aspect keys in protocol order (empty when the run had no judge).</summary>
    public IReadOnlyList<string> Aspects { get; }

    /// <summary>The criteria of <see cref="Aspects"/> with their scales, in the same order.</summary>
    public IReadOnlyList<Protocols.Criterion> Criteria { get; }

    /// <summary>Request, token and fault totals.</summary>
    public StoreTotals Totals { get; }

    /// <summary>Opens the run in <paramref name="runFolder"/> for reading; throws <see cref="EvalSetupException"/> when it holds no run.</summary>
    public static RunRows Open(string runFolder)
    {
        var path = SqliteRunStore.ExistingPath(runFolder);

        RunConfig config;
        StoreTotals totals;
        using (var store = SqliteRunStore.Open(runFolder))
        {
            config = store.ReadConfig() ?? throw new EvalSetupException($"{store.Location} holds no run configuration");
            totals = store.ReadTotals();
        }

        var connection = RunDatabase.Open(path, readOnly: true);
        return new RunRows(connection, config, totals);
    }

    /// <summary>Each system's items in instance order, with their verdicts in stored order (as <see cref="RunResults.Load(string)"/> lists them).</summary>
    public IEnumerable<ItemResult> Items()
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

    /// <summary>Metric values of instances in the run, in stored order.</summary>
    public IEnumerable<MetricObservation> Metrics()
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

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();
}
