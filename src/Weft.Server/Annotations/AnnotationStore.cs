using System.Globalization;
using Microsoft.Data.Sqlite;
using Weft.Files;
using Weft.Runs;

namespace Weft.Server.Annotations;

/// <summary>
/// Annotators, human ratings and human pairwise verdicts, in their own tables of the run's weft.db (the run store's
/// schema is not touched). One connection under a lock, as in the run store: each write is one short transaction.
/// </summary>
internal sealed partial class AnnotationStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    private AnnotationStore(SqliteConnection connection) => this.connection = connection;

    /// <summary>Opens the annotation tables of the run in <paramref name="runFolder"/>, creating them when needed.</summary>
    /// <exception cref="EvalSetupException">The folder holds no run.</exception>
    public static AnnotationStore Open(string runFolder)
    {
        var path = SqliteRunStore.ExistingPath(runFolder);

        var connection = RunDatabase.Open(path);
        var store = new AnnotationStore(connection);
        store.Execute("""
            CREATE TABLE IF NOT EXISTS annotators (
                name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, token_hash BLOB NOT NULL, created TEXT NOT NULL, revoked TEXT);
            CREATE TABLE IF NOT EXISTS human_ratings (
                annotator TEXT NOT NULL COLLATE NOCASE, instance_id TEXT NOT NULL, system TEXT NOT NULL, aspect TEXT NOT NULL,
                score INTEGER, comment TEXT, saved_at TEXT NOT NULL, PRIMARY KEY (annotator, instance_id, system, aspect));
            CREATE TABLE IF NOT EXISTS human_pairwise (
                annotator TEXT NOT NULL COLLATE NOCASE, instance_id TEXT NOT NULL, system_a TEXT NOT NULL, system_b TEXT NOT NULL,
                winner TEXT NOT NULL, shown TEXT, comment TEXT, saved_at TEXT NOT NULL,
                PRIMARY KEY (annotator, instance_id, system_a, system_b));
            """);
        return store;
    }

    /// <summary>
    /// Adds an annotator, or invites a revoked one again, and returns their new invite token, which is stored only as its
    /// hash. A revoked annotator's old token stays refused and their ratings stay theirs (ratings are keyed by name).
    /// </summary>
    /// <exception cref="AnnotationException">The name is invalid or an active annotator has it.</exception>
    public string AddAnnotator(string name, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Trim().Length == 0 || name.Length > 64 || name.Any(char.IsControl) || name != name.Trim())
        {
            throw new AnnotationException($"'{name}' is not a valid annotator name: use 1-64 characters, no control characters or surrounding spaces.");
        }

        var token = InviteTokens.Create();
        if (Execute(
            "UPDATE annotators SET token_hash = $h, created = $c, revoked = NULL WHERE name = $n AND revoked IS NOT NULL",
            ("$n", name), ("$h", InviteTokens.Hash(token)), ("$c", Format(at))) > 0)
        {
            return token;
        }

        if (ListAnnotators().Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new AnnotationException($"an annotator named '{name}' already exists in this run (to give them a new token, revoke the old one first).");
        }

        Execute(
            "INSERT INTO annotators (name, token_hash, created, revoked) VALUES ($n, $h, $c, NULL)",
            ("$n", name), ("$h", InviteTokens.Hash(token)), ("$c", Format(at)));
        return token;
    }

    /// <summary>Every annotator, by name.</summary>
    public IReadOnlyList<Annotator> ListAnnotators()
    {
        var found = new List<Annotator>();
        Query(
            "SELECT name, created, revoked FROM annotators ORDER BY name",
            r => found.Add(new Annotator(r.GetString(0), Parse(r.GetString(1)), r.IsDBNull(2) ? null : Parse(r.GetString(2)))));
        return found;
    }

    /// <summary>Revokes an annotator's token; false when no such annotator exists. Their ratings are kept.</summary>
    public bool Revoke(string name, DateTimeOffset at) =>
        Execute("UPDATE annotators SET revoked = $r WHERE name = $n AND revoked IS NULL", ("$r", Format(at)), ("$n", name)) > 0
        || ListAnnotators().Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The name of the annotator whose valid (unrevoked) token this is, or null.</summary>
    public string? Authenticate(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var hash = InviteTokens.Hash(token);
        var rows = new List<(string Name, byte[] Hash)>();
        Query("SELECT name, token_hash FROM annotators WHERE revoked IS NULL", r => rows.Add((r.GetString(0), (byte[])r.GetValue(1))));

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

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            connection.Dispose();
        }
    }

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
