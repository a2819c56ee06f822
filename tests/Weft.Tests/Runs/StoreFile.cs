using Microsoft.Data.Sqlite;
using Weft.Runs;

namespace Weft.Tests.Runs;

/// <summary>Raw SQL on a run folder's store file, for tests that plant what no command writes (an old or a newer store).</summary>
internal static class StoreFile
{
    public static string PathIn(string runFolder) => Path.Combine(runFolder, SqliteRunStore.FileName);

    public static void Execute(string runFolder, string sql)
    {
        using var connection = Open(runFolder);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static string? Scalar(string runFolder, string sql)
    {
        using var connection = Open(runFolder);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    /// <summary>A store in <paramref name="runFolder"/> stamped as written by Weft <paramref name="writtenBy"/> with schema <paramref name="version"/>.</summary>
    public static void Plant(string runFolder, int version, string writtenBy)
    {
        using (var store = SqliteRunStore.Open(runFolder))
        {
            store.WriteConfig(Some.Config());
            store.SaveReply(Some.Reply("k1"));
        }

        Execute(runFolder, $"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'; INSERT OR REPLACE INTO meta (key, value) VALUES ('written_by', '{writtenBy}');");
    }

    // Unpooled, so that closing it checkpoints the write-ahead log into the file and releases it at once.
    private static SqliteConnection Open(string runFolder)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = PathIn(runFolder), Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
