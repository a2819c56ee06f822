using System.Text.Json;
using Microsoft.Data.Sqlite;
using Weft.Files;

namespace Weft.Runs;

/// <summary>
/// A protocol's own tables in a run's <c>weft.db</c>, beside the tables of <see cref="SqliteRunStore"/> (whose request
/// cache and fault log they share): a connection of their own, a meta table holding the protocol's run configuration,
/// and the helpers the derived stores build their rows with. Every use of the connection holds <see cref="Gate"/>.
/// </summary>
internal abstract class ProtocolTables : IDisposable
{
    private readonly string metaTable;

    /// <summary>Opens <paramref name="runFolder"/>'s store and creates <paramref name="metaTable"/> and the tables of <paramref name="schema"/> when needed.</summary>
    protected ProtocolTables(string runFolder, string metaTable, string schema)
    {
        Directory.CreateDirectory(runFolder);
        var path = Path.GetFullPath(Path.Combine(runFolder, SqliteRunStore.FileName));
        Connection = RunDatabase.Open(path);
        this.metaTable = metaTable;
        Execute($"""
            CREATE TABLE IF NOT EXISTS {metaTable} (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            {schema}
            """);
    }

    /// <summary>The connection to the run's store.</summary>
    protected SqliteConnection Connection { get; }

    /// <summary>Held for every use of <see cref="Connection"/>.</summary>
    protected Lock Gate { get; } = new();

    /// <summary>The stored run configuration of this protocol, or null for a new run.</summary>
    public RunConfig? ReadConfig()
    {
        lock (Gate)
        {
            using var command = Command($"SELECT value FROM {metaTable} WHERE key = 'config'");
            return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize(json, StoreJson.Default.RunConfig) : null;
        }
    }

    /// <summary>Saves the run configuration of this protocol.</summary>
    public void WriteConfig(RunConfig config) =>
        Execute($"INSERT OR REPLACE INTO {metaTable} (key, value) VALUES ('config', $v)", ("$v", JsonSerializer.Serialize(config, StoreJson.Default.RunConfig)));

    /// <summary>
    /// Starts or resumes this protocol's run in <paramref name="runFolder"/>: a new run stores <paramref name="asked"/>; a
    /// stored one must agree with it (else a setup error naming each difference) and gains its new systems. Says which on
    /// <paramref name="observer"/>; <paramref name="kind"/> names the run in those messages ("pairwise", "opening-score").
    /// When <paramref name="holdsReplies"/> is false (the run store holds no judge reply: nothing was paid for), stored
    /// settings that differ are replaced, not refused.
    /// </summary>
    public RunConfig OpenRun(RunConfig asked, string kind, string runFolder, IRunObserver observer, bool holdsReplies)
    {
        var existing = ReadConfig();
        if (existing is not null && existing.Conflicts(asked).Count > 0 && !holdsReplies)
        {
            observer.Info($"The {kind} run in {runFolder} holds no judge replies yet; its earlier settings are replaced by these.");
            existing = null;
        }

        if (existing is null)
        {
            WriteConfig(asked);
            observer.Info($"New {kind} run in {runFolder}.");
            return asked;
        }

        var conflicts = existing.Conflicts(asked);
        if (conflicts.Count > 0)
        {
            throw new EvalSetupException(
                $"{runFolder} holds {kind} judgments made with other settings, so it cannot be resumed with these ({string.Join("; ", conflicts)}). Use another --run folder.");
        }

        var merged = existing with { Systems = [.. existing.Systems.Concat(asked.Systems.Where(s => !existing.Systems.Contains(s, StringComparer.OrdinalIgnoreCase)))] };
        WriteConfig(merged);
        observer.Info($"Resuming the {kind} run in {runFolder} (started {existing.Created:yyyy-MM-dd HH:mm} UTC).");
        return merged;
    }

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();

    /// <summary>A column's text, or null.</summary>
    protected static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>A command on <see cref="Connection"/> with <paramref name="parameters"/> bound (null as SQL NULL); the caller holds <see cref="Gate"/>.</summary>
    protected SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Runs one statement under <see cref="Gate"/>.</summary>
    protected void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (Gate)
        {
            using var command = Command(sql, parameters);
            command.ExecuteNonQuery();
        }
    }
}
