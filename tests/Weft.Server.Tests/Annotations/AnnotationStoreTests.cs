using Microsoft.Data.Sqlite;
using Weft.Runs;
using Weft.Server.Annotations;

namespace Weft.Server.Tests.Annotations;

public sealed class AnnotationStoreTests : IDisposable
{
    private readonly TestRun run = new();

    [Fact]
    public void AddAnnotator_Token_AuthenticatesAndIsStoredOnlyAsHash()
    {
        string token;
        using (var store = AnnotationStore.Open(run.RunFolder))
        {
            token = store.AddAnnotator("alice", DateTimeOffset.UnixEpoch);
            Assert.Equal("alice", store.Authenticate(token));
        }

        Assert.Equal(43, token.Length);
        using var connection = new SqliteConnection("Data Source=" + Path.Combine(run.RunFolder, SqliteRunStore.FileName) + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT token_hash FROM annotators";
        var stored = (byte[])command.ExecuteScalar()!;
        Assert.Equal(InviteTokens.Hash(token), stored);
        foreach (var file in Directory.GetFiles(run.RunFolder))
        {
            Assert.DoesNotContain(token, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Authenticate_WrongOrRevokedToken_Null()
    {
        using var store = AnnotationStore.Open(run.RunFolder);
        var alice = store.AddAnnotator("alice", DateTimeOffset.UnixEpoch);
        var bob = store.AddAnnotator("bob", DateTimeOffset.UnixEpoch);

        Assert.True(store.Revoke("Alice", DateTimeOffset.UnixEpoch));

        Assert.Null(store.Authenticate(alice));
        Assert.Null(store.Authenticate(alice[..^1] + (alice[^1] == 'A' ? 'B' : 'A')));
        Assert.Equal("bob", store.Authenticate(bob));
        Assert.NotNull(Assert.Single(store.ListAnnotators(), a => a.Name == "alice").Revoked);
    }

    [Fact]
    public void AddAnnotator_RevokedName_NewTokenWorksOldRefusedRatingsKept()
    {
        using var store = AnnotationStore.Open(run.RunFolder);
        var old = store.AddAnnotator("alice", DateTimeOffset.UnixEpoch);
        store.SaveRatings("alice", "s1", "good", [("text_quality", 3)], "before", DateTimeOffset.UnixEpoch);
        store.Revoke("alice", DateTimeOffset.UnixEpoch);

        var renewed = store.AddAnnotator("Alice", DateTimeOffset.UnixEpoch.AddDays(1));

        Assert.NotEqual(old, renewed);
        Assert.Equal("alice", store.Authenticate(renewed));
        Assert.Null(store.Authenticate(old));
        var rating = Assert.Single(store.ReadRatings("alice"));
        Assert.Equal(3, rating.Score);
        Assert.Equal("before", rating.Comment);
        var annotator = Assert.Single(store.ListAnnotators());
        Assert.Equal((DateTimeOffset.UnixEpoch.AddDays(1), (DateTimeOffset?)null), (annotator.Created, annotator.Revoked));
    }

    [Fact]
    public void Revoke_UnknownName_False()
    {
        using var store = AnnotationStore.Open(run.RunFolder);

        Assert.False(store.Revoke("nobody", DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData("ALICE")]
    [InlineData("")]
    [InlineData(" padded ")]
    [InlineData("tab\there")]
    public void AddAnnotator_TakenOrInvalidName_Throws(string name)
    {
        using var store = AnnotationStore.Open(run.RunFolder);
        store.AddAnnotator("alice", DateTimeOffset.UnixEpoch);

        Assert.Throws<AnnotationException>(() => store.AddAnnotator(name, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Open_FolderWithoutRun_ThrowsSetupError()
    {
        Assert.Throws<EvalSetupException>(() => AnnotationStore.Open(Path.Combine(run.RunFolder, "..", "nothing-here")));
    }

    public void Dispose() => run.Dispose();
}
