using Microsoft.Data.Sqlite;

namespace Weft.Files;

/// <summary>
/// Opens a connection on a run's SQLite database, the same way for every table set that lives in it (run store,
/// protocol tables, image facts, reference inputs, generation steps, annotations, report reads): unpooled, so that a
/// closed store releases the file at once; a busy timeout, so that two stores of one process (or a reader beside a
/// writer) wait for each other instead of failing with SQLITE_BUSY; and, for writers, the write-ahead log.
/// </summary>
internal static class RunDatabase
{
    /// <summary>How long a statement waits for a lock held by another connection.</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>An open connection on <paramref name="path"/>; read-only connections never create the file or write.</summary>
    public static SqliteConnection Open(string path, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = readOnly
                ? $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};"
                : $"PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
