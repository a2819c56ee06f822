using System.Net.Sockets;

namespace Weft.Judges;

/// <summary>
/// Rewrites the transport's failure to connect into one line that names the endpoint and what went wrong, so that a
/// wrong <c>--judge-url</c> or a server that is not running reads as such, not as "Connection refused (127.0.0.1:9)".
/// </summary>
/// <remarks>The kind of failure (<see cref="HttpRequestError"/>) and the socket error are kept for the fault classifier.</remarks>
internal sealed class EndpointNamingHandler(HttpMessageHandler inner, string what, Uri? endpoint) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e) when (Describe(e, request.RequestUri) is { } message)
        {
            throw new HttpRequestException(e.HttpRequestError, message, e.InnerException ?? e);
        }
    }

    private string? Describe(HttpRequestException e, Uri? requested)
    {
        var url = endpoint?.AbsoluteUri ?? requested?.GetLeftPart(UriPartial.Authority) + "/";
        return e.HttpRequestError switch
        {
            HttpRequestError.ConnectionError when e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } =>
                $"{what} {url} refused the connection; is the server running, and is the URL right?",
            HttpRequestError.NameResolutionError => $"{what} {url}: the host name {requested?.Host} cannot be resolved (DNS)",
            HttpRequestError.SecureConnectionError => $"{what} {url}: the TLS handshake failed ({e.InnerException?.Message ?? e.Message})",
            HttpRequestError.ConnectionError => $"{what} {url} cannot be reached: {e.Message}",
            _ => null,
        };
    }
}
