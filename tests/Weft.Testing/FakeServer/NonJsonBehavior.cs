using System.Text;

namespace Weft.Testing.FakeServer;

/// <summary>Replies 200 with an HTML error page, as a proxy in front of a provider sometimes does.</summary>
internal sealed record NonJsonBehavior : FakeBehavior
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<html><body>502 Bad Gateway</body></html>");

    internal override Task RespondAsync(FakeExchange exchange) =>
        exchange.SendAsync(200, new RenderedBody("text/html", Page));
}
