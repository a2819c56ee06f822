using System.Globalization;
using System.Text.Json;

namespace Weft.Runs;

/// <content>The store's tables and their version: created in a new store, migrated in an older one, refused in a newer one.</content>
public sealed partial class SqliteRunStore
{
    /// <summary>The store schema this Weft reads and writes.</summary>
    internal const int SchemaVersion = 1;

    // Steps[v] upgrades a store from schema v to v + 1. Version 1 is the first, so there is no step yet. Changing the
    // tables means adding a step here, raising SchemaVersion, and keeping a run folder of the old schema in
    // tests/Weft.Tests/Fixtures that must still resume without a request.
    private static readonly Dictionary<int, string> Steps = [];

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS instances (id TEXT PRIMARY KEY, task TEXT NOT NULL, ordinal INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS outputs (
            system TEXT NOT NULL, instance_id TEXT NOT NULL, present INTEGER NOT NULL, content_hash TEXT,
            PRIMARY KEY (system, instance_id));
        CREATE TABLE IF NOT EXISTS requests (
            key TEXT PRIMARY KEY, purpose TEXT NOT NULL, judge TEXT NOT NULL, prompt_id TEXT, prompt_hash TEXT,
            request TEXT NOT NULL, reply TEXT NOT NULL, input_tokens INTEGER, output_tokens INTEGER,
            latency_ms INTEGER NOT NULL, attempts INTEGER NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS faults (
            id INTEGER PRIMARY KEY AUTOINCREMENT, request_key TEXT NOT NULL, attempt INTEGER NOT NULL,
            kind TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS items (
            system TEXT NOT NULL, instance_id TEXT NOT NULL, status TEXT NOT NULL, error_kind TEXT, error TEXT,
            finished_at TEXT NOT NULL, PRIMARY KEY (system, instance_id));
        CREATE TABLE IF NOT EXISTS verdicts (
            system TEXT NOT NULL, instance_id TEXT NOT NULL, aspect TEXT NOT NULL, status TEXT NOT NULL,
            score INTEGER, explanation TEXT, request_key TEXT, parse_method TEXT, judge TEXT, prompt_id TEXT,
            prompt_hash TEXT, PRIMARY KEY (system, instance_id, aspect));
        CREATE TABLE IF NOT EXISTS metrics (
            system TEXT NOT NULL, instance_id TEXT NOT NULL, metric TEXT NOT NULL, value REAL NOT NULL,
            PRIMARY KEY (system, instance_id, metric));
        CREATE TABLE IF NOT EXISTS image_problems (owner TEXT NOT NULL, image TEXT NOT NULL, kind TEXT NOT NULL, problem TEXT NOT NULL);
        """;

    // Nothing is written before the version is known to be ours or older: a newer Weft's store is left as it was.
    private void OpenSchema()
    {
        Execute("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -8192; PRAGMA wal_autocheckpoint = 4000;");
        var found = StoredSchemaVersion();
        if (found > SchemaVersion)
        {
            throw new EvalSetupException(
                $"{Location} was written by {WrittenBy()} with store schema {found}, but this Weft ({EvalRunner.WeftVersion}) reads store schema " +
                $"{SchemaVersion} and older. Upgrade Weft to open this run; nothing in it was changed.");
        }

        if (found < SchemaVersion)
        {
            Migrate(found.Value, SchemaVersion);
        }

        Execute(Tables);
        if (found is null)
        {
            WriteSchemaVersion(SchemaVersion);
        }
    }

    // Upgrades an older store one step at a time, all in one transaction: a store is migrated whole or left as it was.
    private void Migrate(int from, int to)
    {
        InTransaction(transaction =>
        {
            for (var version = from; version < to; version++)
            {
                if (!Steps.TryGetValue(version, out var step))
                {
                    throw new EvalSetupException(
                        $"{Location} has store schema {version}, which no Weft release wrote, so this Weft ({EvalRunner.WeftVersion}, store schema " +
                        $"{SchemaVersion}) cannot migrate it. Evaluate again in a new --run folder.");
                }

                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = step;
                command.ExecuteNonQuery();
            }

            using var stamp = connection.CreateCommand();
            stamp.Transaction = transaction;
            stamp.CommandText = "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', $v), ('written_by', $w)";
            stamp.Parameters.AddWithValue("$v", to.ToString(CultureInfo.InvariantCulture));
            stamp.Parameters.AddWithValue("$w", EvalRunner.WeftVersion);
            stamp.ExecuteNonQuery();
        });
    }

    private void WriteSchemaVersion(int version) =>
        Execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', $v), ('written_by', $w)",
            ("$v", version.ToString(CultureInfo.InvariantCulture)),
            ("$w", EvalRunner.WeftVersion));

    // Null for a new store (no meta table yet, or a file other tables of the run database were created in first).
    private int? StoredSchemaVersion()
    {
        if (Scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'") is null)
        {
            return null;
        }

        var text = Scalar("SELECT value FROM meta WHERE key = 'schema_version'");
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new EvalSetupException($"{Location} has an unreadable store schema version '{text}'; it was not written by Weft, or it is damaged.");
    }

    // The Weft that wrote the store's schema (stores of schema 1 made before it was recorded name the version in their configuration).
    private string WrittenBy()
    {
        if (Scalar("SELECT value FROM meta WHERE key = 'written_by'") is { Length: > 0 } version)
        {
            return "Weft " + version;
        }

        try
        {
            using var config = JsonDocument.Parse(Scalar("SELECT value FROM meta WHERE key = 'config'") ?? "{}");
            return config.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("weft_version", out var made) &&
                made is { ValueKind: JsonValueKind.String } && made.GetString() is { Length: > 0 } madeBy
                ? "Weft " + madeBy
                : "a newer Weft";
        }
        catch (JsonException)
        {
            return "a newer Weft";
        }
    }
}
