using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using Polly.Timeout;

namespace Weft.Scheduling;

/// <summary>Sorts an attempt's exception into a <see cref="Fault"/>: retry it, record it, or stop the run.</summary>
internal static class FaultClassifier
{
    /// <summary>Classifies a failed attempt. User cancellation is not a fault and must be handled before calling this.</summary>
    public static Fault Classify(Exception exception) => Unreachable(exception) ?? exception switch
    {
        ClientResultException result => FromStatus(result.Status, RetryAfter(result.GetRawResponse()), result.Message),
        HttpRequestException { StatusCode: { } status } http => FromStatus((int)status, null, http.Message),
        HttpRequestException http => new Fault("network", true, null, OneLine(http.Message)),
        TimeoutRejectedException => new Fault("timeout", true, null, "no reply within the request timeout"),
        OperationCanceledException => new Fault("timeout", true, null, "the request was cancelled by the transport (timeout)"),
        IOException io => new Fault("network", true, null, OneLine(io.Message)),
        JsonException json => new Fault("garbage-reply", true, null, "the reply is not valid JSON: " + OneLine(json.Message)),
        EmptyReplyException empty => new Fault("garbage-reply", true, null, empty.Message),
        _ => new Fault("unexpected", true, null, $"{exception.GetType().Name}: {OneLine(exception.Message)}"),
    };

    private static Fault FromStatus(int status, TimeSpan? retryAfter, string message) => status switch
    {
        0 => new Fault("network", true, null, OneLine(message)),
        429 => new Fault("rate-limited", true, retryAfter, "HTTP 429 (rate limited)"),
        408 => new Fault("timeout", true, retryAfter, "HTTP 408 (request timeout)"),
        401 or 403 => new Fault("auth", false, null, $"the judge rejected the API key (HTTP {status}); check the key variable (--judge-key-env) and the endpoint"),
        >= 500 => new Fault("server-error", true, retryAfter, $"HTTP {status} (server error)"),
        _ => new Fault("rejected", false, null, $"HTTP {status}: {OneLine(message)}"),
    };

    // A refused connection, a name that does not resolve or a failed TLS handshake will not heal by retrying, and the SDKs
    // wrap the transport's exception in their own (ClientResultException), so the whole chain is searched.
    private static Fault? Unreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } http)
            {
                return new Fault("unreachable", false, null, OneLine(http.Message));
            }

            if (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } connect
                && connect.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                return new Fault("unreachable", false, null, OneLine(connect.Message));
            }
        }

        return null;
    }

    /// <summary>Reads Retry-After (seconds or HTTP date) or retry-after-ms from a response.</summary>
    internal static TimeSpan? RetryAfter(PipelineResponse? response)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms) &&
            double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? Max(TimeSpan.Zero, when - DateTimeOffset.UtcNow)
            : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }
}
