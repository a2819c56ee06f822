using Microsoft.Data.Sqlite;
using Weft.Annotations;
using Weft.Files;
using Weft.Runs;

namespace Weft.Tests.Annotations;

public sealed class SqliteAnnotationStoreTests : AnnotationStoreContract
{
    protected override async Task<IAnnotationStore> OpenAsync(string runFolder)
    {
        // The annotation tables live beside a run's own: the store opens existing runs only.
        SqliteRunStore.Open(runFolder).Dispose();
        return await SqliteAnnotationStore.OpenAsync(runFolder);
    }

    [Fact]
    public async Task AddAnnotator_Token_StoredOnlyAsItsHash()
    {
        string token;
        using (var store = await OpenAsync(RunFolder))
        {
            token = await store.AddAnnotatorAsync("alice", DateTimeOffset.UnixEpoch);
        }

        using (var connection = RunDatabase.Open(Path.Combine(RunFolder, SqliteRunStore.FileName), readOnly: true))
        {
            Assert.Equal(InviteTokens.Hash(token), (byte[])Scalar(connection, "SELECT token_hash FROM annotators")!);
        }

        foreach (var file in Directory.GetFiles(RunFolder))
        {
            Assert.DoesNotContain(token, await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OpenAsync_FolderWithoutRun_ThrowsSetupError()
    {
        await Assert.ThrowsAsync<EvalSetupException>(() => SqliteAnnotationStore.OpenAsync(Path.Combine(RunFolder, "nothing-here")));
    }

    [Fact]
    public async Task OpenAsync_TablesWrittenBeforeTheStoreMovedToTheLibrary_ReadsThemAsTheyAre()
    {
        // Rows as the web app's own store wrote them (same tables, columns, time and winner formats): old runs keep their annotations.
        SqliteRunStore.Open(RunFolder).Dispose();
        using (var connection = RunDatabase.Open(Path.Combine(RunFolder, SqliteRunStore.FileName)))
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE annotators (
                    name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, token_hash BLOB NOT NULL, created TEXT NOT NULL, revoked TEXT);
                CREATE TABLE human_ratings (
                    annotator TEXT NOT NULL COLLATE NOCASE, instance_id TEXT NOT NULL, system TEXT NOT NULL, aspect TEXT NOT NULL,
                    score INTEGER, comment TEXT, saved_at TEXT NOT NULL, PRIMARY KEY (annotator, instance_id, system, aspect));
                CREATE TABLE human_pairwise (
                    annotator TEXT NOT NULL COLLATE NOCASE, instance_id TEXT NOT NULL, system_a TEXT NOT NULL, system_b TEXT NOT NULL,
                    winner TEXT NOT NULL, shown TEXT, comment TEXT, saved_at TEXT NOT NULL,
                    PRIMARY KEY (annotator, instance_id, system_a, system_b));
                INSERT INTO annotators VALUES ('Alice', $h, '2026-01-02T03:04:05.0000000Z', NULL);
                INSERT INTO human_ratings VALUES ('alice', 's1', 'good', 'text_quality', 2, 'ok', '2026-01-02T03:04:05.0000000Z');
                INSERT INTO human_ratings VALUES ('alice', 's1', 'good', 'helpfulness', NULL, 'ok', '2026-01-02T03:04:05.0000000Z');
                INSERT INTO human_pairwise VALUES ('alice', 's1', 'evil', 'good', 'Tie(B)', 'BA', NULL, '2026-01-02T03:04:05.0000000Z');
                """;
            command.Parameters.AddWithValue("$h", InviteTokens.Hash("old-token"));
            command.ExecuteNonQuery();
        }

        using var store = await SqliteAnnotationStore.OpenAsync(RunFolder);

        Assert.Equal("Alice", await store.AuthenticateAsync("old-token"));
        Assert.Equal(new Annotator("Alice", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), null), Assert.Single(await store.ListAnnotatorsAsync()));
        Assert.Equal([(2.0, "Alice"), (null, "Alice")], (await store.ReadRatingsAsync("ALICE")).Select(r => (r.Score, r.Rater)));
        var verdict = Assert.Single(await store.ReadVerdictsAsync());
        Assert.Equal((Weft.Protocols.PairwiseWinner.TieB, "annotator:Alice", (Weft.Arena.ShownOrder?)Weft.Arena.ShownOrder.BA), (verdict.Winner, verdict.Source, verdict.Shown));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
