using Microsoft.Extensions.AI;
using Weft.Protocols;
using Weft.Runs;
using Weft.Testing;

namespace Weft.Tests.Runs;

public sealed class StoreCachingChatClientTests : IDisposable
{
    private static readonly JudgeSettings Settings = new("openai:judge");

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task GetResponseAsync_PlainChatRequests_KeyedAsWeftKeysThemAndEachAnsweredOnce()
    {
        var inner = new CountingClient();
        using var store = SqliteRunStore.Open(folder.File("run"));
        using var cache = new StoreCachingChatClient(new ProviderChatClient(inner), store, Settings, new NoImages(), Config(), TimeProvider.System);
        ChatMessage[] question = [new(ChatRole.User, "Score this.")];
        var options = new ChatOptions { Temperature = 0, MaxOutputTokens = 100 };

        var first = await cache.GetResponseAsync(question, options);
        var again = await cache.GetResponseAsync(question, options.Clone());
        var other = await cache.GetResponseAsync([new(ChatRole.User, "Score that.")], options);

        Assert.Equal(2, inner.Calls);
        Assert.Equal(("reply 1", "reply 1", "reply 2"), (first.Text, again.Text, other.Text));
        Assert.Equal(1, cache.CacheHits);
        var (key, _) = RequestKey.Compute(Settings, question, options, new NoImages());
        Assert.Equal("reply 1", store.FindReply(key)?.Reply);
        Assert.All(inner.Options, o => Assert.Null(o?.AdditionalProperties));
    }

    private static RunConfig Config() => new(
        "interleaved-eval", "openai:judge", "p/v1", "hash", 0, null, false, "auto", 1024, string.Empty, "bench", [], DateTimeOffset.UnixEpoch, "0");

    private sealed class NoImages : IImageIndex
    {
        public string? Sha256(AIContent image) => null;
    }

    private sealed class CountingClient : IChatClient
    {
        public int Calls { get; private set; }

        public List<ChatOptions?> Options { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Options.Add(options);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, $"reply {++Calls}")));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
