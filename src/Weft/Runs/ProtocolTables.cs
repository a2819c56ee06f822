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
    /// Starts or resumes this protocol's run in <paramref name="runFolder"/> by the one rule of <see cref="RunOpening"/>;
    /// <paramref name="kind"/> names the run in its messages ("pairwise").
    /// </summary>
    public RunConfig OpenRun(RunConfig asked, string kind, string runFolder, IRunObserver observer, bool holdsReplies) =>
        RunOpening.Open(ReadConfig(), asked, holdsReplies, runFolder, kind, observer, WriteConfig).Config;

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
