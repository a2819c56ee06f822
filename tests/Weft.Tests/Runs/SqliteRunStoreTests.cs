using Weft.Runs;

namespace Weft.Tests.Runs;

public sealed class SqliteRunStoreTests : RunStoreContract
{
    protected override IRunStore Open(string runFolder) => SqliteRunStore.Open(runFolder);

    [Fact]
    public void Open_CreatesTheDatabaseInTheRunFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "weft-tests", Guid.NewGuid().ToString("N"), "nested");
        using (var store = SqliteRunStore.Open(folder))
        {
            Assert.Equal(Path.Combine(folder, SqliteRunStore.FileName), store.Location);
        }

        Assert.True(File.Exists(Path.Combine(folder, SqliteRunStore.FileName)));
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }
}
