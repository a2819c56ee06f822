using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Runs;

/// <summary>The run store contract against <see cref="SqliteRunStore"/> in a temporary run folder, and what only SQLite has.</summary>
public sealed class SqliteRunStoreTests : RunStoreContract, IDisposable
{
    private readonly TempFolder folder = new();
    private string? runFolder;

    public void Dispose() => folder.Dispose();

    protected override IRunStore CreateStore()
    {
        runFolder = folder.File(Guid.NewGuid().ToString("N"));
        return SqliteRunStore.Open(runFolder);
    }

    protected override IRunStore Reopen() => SqliteRunStore.Open(runFolder ?? throw new InvalidOperationException("no store was created"));

    [Fact]
    public void Open_CreatesTheDatabaseInTheRunFolder()
    {
        var nested = folder.File(Path.Combine("a", "nested"));
        using (var store = SqliteRunStore.Open(nested))
        {
            Assert.Equal(Path.Combine(nested, SqliteRunStore.FileName), store.Location);
        }

        Assert.True(File.Exists(Path.Combine(nested, SqliteRunStore.FileName)));
    }
}
