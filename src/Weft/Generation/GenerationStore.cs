using System.Globalization;
using Microsoft.Data.Sqlite;
using Weft.Files;
using Weft.Runs;

namespace Weft.Generation;

/// <summary>
/// Generation's own tables in the run folder's <c>weft.db</c>, beside the shared request cache: the result of every
/// instance and every drawing step. Each instance is replaced in one transaction.
/// </summary>
internal sealed class GenerationStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    private GenerationStore(SqliteConnection connection) => this.connection = connection;

    public static GenerationStore Open(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.GetFullPath(Path.Combine(folder, SqliteRunStore.FileName));
        var connection = RunDatabase.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS generation_items (
                system TEXT NOT NULL, instance_id TEXT NOT NULL, status TEXT NOT NULL, error TEXT, images INTEGER NOT NULL,
                finished_at TEXT NOT NULL, PRIMARY KEY (system, instance_id));
            CREATE TABLE IF NOT EXISTS generation_steps (
                system TEXT NOT NULL, instance_id TEXT NOT NULL, image INTEGER NOT NULL, attempt INTEGER NOT NULL,
                prompt TEXT NOT NULL, request_key TEXT NOT NULL, image_path TEXT NOT NULL, image_sha256 TEXT NOT NULL,
                ok INTEGER, problem TEXT, PRIMARY KEY (system, instance_id, image, attempt));
            CREATE TABLE IF NOT EXISTS generation_systems (system TEXT PRIMARY KEY, settings TEXT NOT NULL);
            """;
        command.ExecuteNonQuery();
        return new GenerationStore(connection);
    }

    public void Save(string system, InstanceResult result, DateTimeOffset at)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            Execute(transaction, "DELETE FROM generation_steps WHERE system = $s AND instance_id = $i", ("$s", system), ("$i", result.InstanceId));
            Execute(
                transaction,
                "INSERT OR REPLACE INTO generation_items (system, instance_id, status, error, images, finished_at) VALUES ($s, $i, $st, $e, $n, $t)",
                ("$s", system), ("$i", result.InstanceId), ("$st", result.Error is null ? "generated" : "error"), ("$e", result.Error),
                ("$n", result.Blocks?.Count(b => b.ImagePath is not null) ?? 0), ("$t", at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)));
            foreach (var step in result.Steps)
            {
                Execute(
                    transaction,
                    """
                    INSERT OR REPLACE INTO generation_steps (system, instance_id, image, attempt, prompt, request_key, image_path, image_sha256, ok, problem)
                    VALUES ($s, $i, $k, $a, $p, $r, $path, $h, $ok, $pr)
                    """,
                    ("$s", system), ("$i", step.InstanceId), ("$k", step.Image), ("$a", step.Attempt), ("$p", step.Prompt), ("$r", step.RequestKey),
                    ("$path", step.ImagePath), ("$h", step.Sha256), ("$ok", step.Ok is { } ok ? (ok ? 1 : 0) : null), ("$pr", step.Problem));
            }

            transaction.Commit();
        }
    }

    /// <summary>The settings a system was first generated with in this folder (JSON), or null when it has none yet.</summary>
    public string? ReadSettings(string system)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT settings FROM generation_systems WHERE system = $s";
            command.Parameters.AddWithValue("$s", system);
            return command.ExecuteScalar() as string;
        }
    }

    /// <summary>Records the settings of a system's first generation in this folder.</summary>
    public void SaveSettings(string system, string settings)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            Execute(transaction, "INSERT OR IGNORE INTO generation_systems (system, settings) VALUES ($s, $v)", ("$s", system), ("$v", settings));
            transaction.Commit();
        }
    }

    /// <summary>The steps stored for a system, in instance, picture and attempt order.</summary>
    public IReadOnlyList<GenerationStep> ReadSteps(string system)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT instance_id, image, attempt, prompt, request_key, image_path, image_sha256, ok, problem
                FROM generation_steps WHERE system = $s ORDER BY instance_id, image, attempt
                """;
            command.Parameters.AddWithValue("$s", system);
            using var reader = command.ExecuteReader();
            var steps = new List<GenerationStep>();
            while (reader.Read())
            {
                steps.Add(new GenerationStep(
                    reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetInt32(7) == 1, reader.IsDBNull(8) ? null : reader.GetString(8)));
            }

            return steps;
        }
    }

    public void Dispose() => connection.Dispose();

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
