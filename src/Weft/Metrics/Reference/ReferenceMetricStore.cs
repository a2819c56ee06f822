using Microsoft.Data.Sqlite;
using Weft.Files;

namespace Weft.Metrics.Reference;

/// <summary>
/// Remembers, in the run's <c>weft.db</c>, which reference-based metrics were computed for each output and from what
/// (a <see cref="ReferenceFingerprint"/>), so that a resumed run does not measure again what has not changed, including
/// outputs where a metric legitimately has no value.
/// </summary>
internal sealed class ReferenceMetricStore : IDisposable
{
    private static readonly string[] ParameterNames = ["$s", "$i", "$f", "$m"];
    private readonly SqliteConnection connection;

    private ReferenceMetricStore(SqliteConnection connection) => this.connection = connection;

    public static ReferenceMetricStore Open(string databasePath)
    {
        var connection = RunDatabase.Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS reference_metric_inputs (
                system TEXT NOT NULL, instance_id TEXT NOT NULL, fingerprint TEXT NOT NULL, metrics TEXT NOT NULL,
                PRIMARY KEY (system, instance_id));
            """;
        command.ExecuteNonQuery();
        return new ReferenceMetricStore(connection);
    }

    /// <summary>Per output: the fingerprint its stored reference metrics were computed from, and the stored names computed.</summary>
    public Dictionary<(string System, string InstanceId), (string Fingerprint, IReadOnlyList<string> Metrics)> Read()
    {
        var rows = new Dictionary<(string, string), (string, IReadOnlyList<string>)>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT system, instance_id, fingerprint, metrics FROM reference_metric_inputs";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows[(reader.GetString(0), reader.GetString(1))] = (reader.GetString(2), reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries));
        }

        return rows;
    }

    /// <summary>Records, in one transaction, what each output's reference metrics were computed from.</summary>
    public void Save(IEnumerable<(string System, string InstanceId, string Fingerprint, IReadOnlyList<string> Metrics)> rows)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO reference_metric_inputs (system, instance_id, fingerprint, metrics) VALUES ($s, $i, $f, $m)";
        var parameters = ParameterNames.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        foreach (var (system, instanceId, fingerprint, metrics) in rows)
        {
            parameters[0].Value = system;
            parameters[1].Value = instanceId;
            parameters[2].Value = fingerprint;
            parameters[3].Value = string.Join(',', metrics);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose() => connection.Dispose();
}
