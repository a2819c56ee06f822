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

    [Fact]
    public void Open_NewStore_RecordsItsSchemaAndTheWeftThatWroteIt()
    {
        var run = folder.File("run");
        using (SqliteRunStore.Open(run))
        {
        }

        Assert.Equal("1", StoreFile.Scalar(run, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal(EvalRunner.WeftVersion, StoreFile.Scalar(run, "SELECT value FROM meta WHERE key = 'written_by'"));
    }

    [Fact]
    public void Open_StoreOfANewerSchema_RefusedByNameAndLeftUntouched()
    {
        var run = folder.File("run");
        StoreFile.Plant(run, SqliteRunStore.SchemaVersion + 1, "9.0.0");
        var before = File.ReadAllBytes(StoreFile.PathIn(run));

        var refused = Assert.Throws<EvalSetupException>(() => SqliteRunStore.Open(run));

        Assert.Equal(
            $"{StoreFile.PathIn(run)} was written by Weft 9.0.0 with store schema 2, but this Weft ({EvalRunner.WeftVersion}) reads store schema 1 and older. " +
            "Upgrade Weft to open this run; nothing in it was changed.",
            refused.Message);
        Assert.Equal(before, File.ReadAllBytes(StoreFile.PathIn(run)));
        Assert.Equal([SqliteRunStore.FileName], Directory.GetFiles(run).Select(Path.GetFileName));
    }

    [Fact]
    public void Open_NewerStoreWithoutWrittenBy_NamesTheVersionInItsConfiguration()
    {
        var run = folder.File("run");
        StoreFile.Plant(run, SqliteRunStore.SchemaVersion + 1, "x");
        StoreFile.Execute(run, "DELETE FROM meta WHERE key = 'written_by'");

        var refused = Assert.Throws<EvalSetupException>(() => SqliteRunStore.Open(run));

        Assert.Contains($"was written by Weft {Some.Config().WeftVersion} with store schema 2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OlderSchemaWithoutAMigrationStep_RefusedAndLeftAsItWas()
    {
        var run = folder.File("run");
        StoreFile.Plant(run, 0, "0.0.1");

        var refused = Assert.Throws<EvalSetupException>(() => SqliteRunStore.Open(run));

        Assert.Contains("has store schema 0, which no Weft release wrote", refused.Message, StringComparison.Ordinal);
        Assert.Equal("0", StoreFile.Scalar(run, "SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal("0.0.1", StoreFile.Scalar(run, "SELECT value FROM meta WHERE key = 'written_by'"));
    }
}
