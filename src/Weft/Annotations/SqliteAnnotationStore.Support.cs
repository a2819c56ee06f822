using Microsoft.Data.Sqlite;

namespace Weft.Annotations;

/// <content>Disposal and the SQLite helpers: every use of the connection holds the gate.</content>
public sealed partial class SqliteAnnotationStore
{
    /// <inheritdoc />
    public void Dispose()
    {
        gate.Wait();
        try
        {
            connection.Dispose();
        }
        finally
        {
            gate.Release();
        }

        gate.Dispose();
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var command = Command(sql, null, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> row, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var command = Command(sql, null, parameters);
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var found = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add(row(reader));
            }

            return found;
        }
        finally
        {
            gate.Release();
        }
    }

    // One statement of a transaction whose caller holds the gate.
    private async Task RunAsync(SqliteTransaction tx, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, tx, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
