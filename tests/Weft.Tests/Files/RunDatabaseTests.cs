using Microsoft.Data.Sqlite;
using Weft.Files;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Files;

public sealed class RunDatabaseTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Open_Writer_WaitsForLocksAndUsesTheWriteAheadLog()
    {
        using var connection = RunDatabase.Open(folder.File("weft.db"));

        Assert.Equal(RunDatabase.BusyTimeoutMilliseconds, Convert.ToInt32(Scalar(connection, "PRAGMA busy_timeout"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Open_ReadOnlyOnAMissingFile_FailsWithoutCreatingIt()
    {
        var path = folder.File("none.db");

        Assert.Throws<SqliteException>(() => RunDatabase.Open(path, readOnly: true));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Open_ReadOnly_WaitsForLocksAndRefusesWrites()
    {
        var path = folder.File("weft.db");
        using (SqliteRunStore.Open(folder.Path))
        {
        }

        using var connection = RunDatabase.Open(path, readOnly: true);

        Assert.Equal(RunDatabase.BusyTimeoutMilliseconds, Convert.ToInt32(Scalar(connection, "PRAGMA busy_timeout"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<SqliteException>(() => Scalar(connection, "CREATE TABLE x (a)"));
    }

    [Fact]
    public void EveryConnectionOnARunDatabase_IsOpenedThroughRunDatabase()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "RunDatabase.cs" && File.ReadAllText(f).Contains("new SqliteConnection(", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offenders);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
