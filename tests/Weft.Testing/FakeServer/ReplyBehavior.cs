namespace Weft.Testing.FakeServer;

/// <summary>Replies with fixed content and token usage.</summary>
internal sealed record ReplyBehavior(string Content, int PromptTokens, int CompletionTokens) : FakeBehavior
{
    internal override Task RespondAsync(FakeExchange exchange) =>
        exchange.SendAsync(200, exchange.Dialect.Completion(exchange.Reply, Content, PromptTokens, CompletionTokens));
}
