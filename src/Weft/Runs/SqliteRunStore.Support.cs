using System.Globalization;
using Microsoft.Data.Sqlite;
using Weft.Protocols;

namespace Weft.Runs;

/// <content>Small helpers around Microsoft.Data.Sqlite.</content>
public sealed partial class SqliteRunStore
{
    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (gate)
        {
            using var command = Prepare(sql, parameters);
            command.ExecuteNonQuery();
        }
    }

    // Callers hold the gate.
    private KeptCommand Prepare(string sql, (string Name, object? Value)[] parameters)
    {
        var command = Kept(sql);
        command.Transaction = null;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private string? Scalar(string sql)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar() as string;
        }
    }

    private void InTransaction(Action<SqliteTransaction> work)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            work(transaction);
            transaction.Commit();
        }
    }

    // Callers hold the gate.
    private KeptCommand Kept(string sql)
    {
        if (!statements.TryGetValue(sql, out var command))
        {
            command = new KeptCommand(sql, connection);
            statements[sql] = command;
        }

        return command;
    }

    private KeptCommand Command(string sql, SqliteTransaction transaction, params string[] parameterNames)
    {
        var command = Kept(sql);
        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static long? NullableLong(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    private static string FormatTime(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string StatusName(VerdictStatus status) => status switch
    {
        VerdictStatus.Scored => "scored",
        VerdictStatus.NotApplicable => "na",
        VerdictStatus.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    internal static VerdictStatus ParseStatus(string text) => text switch
    {
        "scored" => VerdictStatus.Scored,
        "na" => VerdictStatus.NotApplicable,
        "error" => VerdictStatus.Error,
        _ => throw new InvalidDataException($"unknown verdict status '{text}' in the store"),
    };
}
