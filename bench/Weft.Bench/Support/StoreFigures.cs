using System.Globalization;
using Microsoft.Data.Sqlite;
using Weft.Runs;

namespace Weft.Bench.Support;

/// <summary>Figures read back from a finished run's store: per-request latencies as Weft timed them, item counts, the judging span, file sizes.</summary>
internal sealed record StoreFigures(
    IReadOnlyList<long> LatenciesMs, int Requests, int Items, int Judged, int Faults, double JudgingSeconds, long StoreBytes)
{
    private static readonly string[] StoreFiles = ["", "-wal", "-shm"];

    public static StoreFigures Read(string runFolder)
    {
        var path = Path.Combine(runFolder, SqliteRunStore.FileName);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var latencies = new List<long>();
        DateTimeOffset? first = null;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT latency_ms, created_at FROM requests";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var latency = reader.GetInt64(0);
                latencies.Add(latency);
                var started = Parse(reader.GetString(1)).AddMilliseconds(-latency);
                first = first is null || started < first ? started : first;
            }
        }

        // weft arena judge keeps one row per battle and shown order in its own table; every other run, one item per output.
        var arena = Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'arena_judgments'") > 0;
        var items = Scalar(connection, arena ? "SELECT COUNT(*) FROM arena_judgments" : "SELECT COUNT(*) FROM items");
        var judged = Scalar(connection, arena ? "SELECT COUNT(*) FROM arena_judgments WHERE error_kind IS NULL" : "SELECT COUNT(*) FROM items WHERE status = 'judged'");
        var faults = Scalar(connection, "SELECT COUNT(*) FROM faults");
        var last = ScalarText(connection, arena ? "SELECT MAX(judged_at) FROM arena_judgments" : "SELECT MAX(finished_at) FROM items");
        var span = first is { } f && last is not null ? (Parse(last) - f).TotalSeconds : 0;
        latencies.Sort();
        var bytes = StoreFiles.Select(s => new FileInfo(path + s)).Where(i => i.Exists).Sum(i => i.Length);
        return new StoreFigures(latencies, latencies.Count, items, judged, faults, span, bytes);
    }

    public double Percentile(double p) =>
        LatenciesMs.Count == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Count - 1, (int)Math.Ceiling(p / 100 * LatenciesMs.Count) - 1)];

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string? ScalarText(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
