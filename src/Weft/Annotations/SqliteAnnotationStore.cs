using System.Globalization;
using Microsoft.Data.Sqlite;
using Weft.Files;
using Weft.Runs;

namespace Weft.Annotations;

/// <summary>
/// The annotation store in the run's own <c>weft.db</c>, in tables of its own (the run store's schema is not touched).
/// One connection under a gate, as in the run store: each write is one short transaction.
/// </summary>
public sealed partial class SqliteAnnotationStore : IAnnotationStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS annotators (
            name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, token_hash BLOB NOT NULL, created TEXT NOT NULL, revoked TEXT);
        CREATE TABLE IF NOT EXISTS human_ratings (
            annotator TEXT NOT NULL COLLATE NOCASE, instance_id TEXT NOT NULL, system TEXT NOT NULL, aspect TEXT NOT NULL,
            score INTEGER, comment TEXT, saved_at TEXT NOT NULL, PRIMARY KEY (annotator, instance_id, system, aspect));
        CREATE TABLE IF NOT EXISTS human_pairwise (
            annotator TEXT NOT NULL COLLATE NOCASE, instance_id TEXT NOT NULL, system_a TEXT NOT NULL, system_b TEXT NOT NULL,
            winner TEXT NOT NULL, shown TEXT, comment TEXT, saved_at TEXT NOT NULL,
            PRIMARY KEY (annotator, instance_id, system_a, system_b));
        """;

    private readonly SqliteConnection connection;

    // A semaphore, not a lock: the gate is held across awaits.
    private readonly SemaphoreSlim gate = new(1, 1);

    private SqliteAnnotationStore(SqliteConnection connection) => this.connection = connection;

    /// <summary>Opens the annotation tables of the run in <paramref name="runFolder"/>, creating them when needed.</summary>
    /// <exception cref="EvalSetupException">The folder holds no run.</exception>
    public static async Task<SqliteAnnotationStore> OpenAsync(string runFolder, CancellationToken cancellationToken = default)
    {
        var store = new SqliteAnnotationStore(RunDatabase.Open(SqliteRunStore.ExistingPath(runFolder)));
        try
        {
            await store.ExecuteAsync(Schema, cancellationToken);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<string> AddAnnotatorAsync(string name, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Trim().Length == 0 || name.Length > 64 || name.Any(char.IsControl) || name != name.Trim())
        {
            throw new AnnotationException($"'{name}' is not a valid annotator name: use 1-64 characters, no control characters or surrounding spaces.");
        }

        var token = InviteTokens.Create();
        if (await ExecuteAsync(
            "UPDATE annotators SET token_hash = $h, created = $c, revoked = NULL WHERE name = $n AND revoked IS NOT NULL",
            cancellationToken,
            ("$n", name), ("$h", InviteTokens.Hash(token)), ("$c", Format(at))) > 0)
        {
            return token;
        }

        if ((await ListAnnotatorsAsync(cancellationToken)).Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new AnnotationException($"an annotator named '{name}' already exists in this run (to give them a new token, revoke the old one first).");
        }

        await ExecuteAsync(
            "INSERT INTO annotators (name, token_hash, created, revoked) VALUES ($n, $h, $c, NULL)",
            cancellationToken,
            ("$n", name), ("$h", InviteTokens.Hash(token)), ("$c", Format(at)));
        return token;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Annotator>> ListAnnotatorsAsync(CancellationToken cancellationToken = default) => QueryAsync(
        "SELECT name, created, revoked FROM annotators ORDER BY name",
        r => new Annotator(r.GetString(0), Parse(r.GetString(1)), r.IsDBNull(2) ? null : Parse(r.GetString(2))),
        cancellationToken);

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(string name, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE annotators SET revoked = $r WHERE name = $n AND revoked IS NULL", cancellationToken, ("$r", Format(at)), ("$n", name)) > 0
        || (await ListAnnotatorsAsync(cancellationToken)).Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public async Task<string?> AuthenticateAsync(string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var hash = InviteTokens.Hash(token);
        var rows = await QueryAsync("SELECT name, token_hash FROM annotators WHERE revoked IS NULL", r => (Name: r.GetString(0), Hash: (byte[])r.GetValue(1)), cancellationToken);

        // Compare against every row, fixed-time, so that neither timing nor an index lookup tells how close a guess was.
        string? match = null;
        foreach (var row in rows)
        {
            if (InviteTokens.SameHash(hash, row.Hash))
            {
                match = row.Name;
            }
        }

        return match;
    }

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
