using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Weft.Files;
using Weft.Images;

namespace Weft.Runs;

/// <summary>
/// The image facts cache in the run's <c>weft.db</c> (its own table, its own connection): resuming a run re-reads no
/// image whose file has kept its length and modification time, so neither hashes nor decodes it again.
/// </summary>
/// <remarks>
/// Rows are looked up one path at a time (nothing is held per image, so a run of any size costs the same memory) and new
/// facts are written in one transaction by <see cref="Flush"/>.
/// </remarks>
internal sealed class ImageFactsStore : IImageFactsCache, IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();
    private SqliteCommand? find;
    private readonly ConcurrentQueue<(string Path, long Length, long Ticks, ImageFacts Facts)> added = new();

    private ImageFactsStore(SqliteConnection connection) => this.connection = connection;

    public static ImageFactsStore Open(string runFolder)
    {
        Directory.CreateDirectory(runFolder);
        var path = Path.GetFullPath(Path.Combine(runFolder, SqliteRunStore.FileName));
        var connection = RunDatabase.Open(path);
        var store = new ImageFactsStore(connection);
        store.Execute("""
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS image_facts (
                path TEXT PRIMARY KEY, length INTEGER NOT NULL, modified_ticks INTEGER NOT NULL, sha256 TEXT NOT NULL,
                media_type TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, phash INTEGER NOT NULL,
                mean_luma REAL NOT NULL, luma_std REAL NOT NULL);
            """);
        return store;
    }

    public bool TryGet(string path, long length, DateTime modifiedUtc, out ImageFacts facts)
    {
        lock (gate)
        {
            if (find is null)
            {
                find = connection.CreateCommand();
                find.CommandText = "SELECT length, modified_ticks, sha256, media_type, width, height, phash, mean_luma, luma_std FROM image_facts WHERE path = $p";
                find.Parameters.Add(new SqliteParameter { ParameterName = "$p" });
                find.Prepare();
            }

            find.Parameters[0].Value = path;
            using var reader = find.ExecuteReader();
            if (reader.Read() && reader.GetInt64(0) == length && reader.GetInt64(1) == modifiedUtc.Ticks)
            {
                facts = new ImageFacts(
                    reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5), unchecked((ulong)reader.GetInt64(6)), reader.GetDouble(7), reader.GetDouble(8));
                return true;
            }
        }

        facts = null!;
        return false;
    }

    public void Add(string path, long length, DateTime modifiedUtc, ImageFacts facts) => added.Enqueue((path, length, modifiedUtc.Ticks, facts));

    /// <summary>Writes the facts added since the last flush.</summary>
    public void Flush()
    {
        if (added.IsEmpty)
        {
            return;
        }

        using var scope = gate.EnterScope();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR REPLACE INTO image_facts (path, length, modified_ticks, sha256, media_type, width, height, phash, mean_luma, luma_std)
            VALUES ($p, $l, $t, $s, $m, $w, $h, $ph, $ml, $ls)
            """;
        string[] names = ["$p", "$l", "$t", "$s", "$m", "$w", "$h", "$ph", "$ml", "$ls"];
        var parameters = names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        while (added.TryDequeue(out var row))
        {
            var f = row.Facts;
            object[] values = [row.Path, row.Length, row.Ticks, f.Sha256, f.MediaType, f.Width, f.Height, unchecked((long)f.PerceptualHash), f.MeanLuma, f.LumaStdDev];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }

            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        find?.Dispose();
        connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
