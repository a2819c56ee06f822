using Microsoft.Data.Sqlite;

namespace Weft.Runs;

/// <summary>A command the store keeps for its whole life so that SQLite parses its statement once, not once per call.</summary>
/// <remarks>Callers may dispose it as they would any command: only <see cref="Release"/>, called when the store closes, frees it.</remarks>
internal sealed class KeptCommand : SqliteCommand
{
    private bool released;

    public KeptCommand(string sql, SqliteConnection connection)
        : base(sql, connection)
    {
    }

    public void Release()
    {
        released = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (released)
        {
            base.Dispose(disposing);
        }
    }
}
