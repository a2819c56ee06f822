using System.Globalization;

namespace Weft.Testing.FakeServer;

/// <summary>Replies with an error status and a provider-style error body.</summary>
internal sealed record ServerErrorBehavior(int Status) : FakeBehavior
{
    internal override Task RespondAsync(FakeExchange exchange) =>
        exchange.SendAsync(Status, exchange.Dialect.Error(
            string.Create(CultureInfo.InvariantCulture, $"The fake server failed on purpose with status {Status}."),
            "server_error",
            "server_error"));
}
