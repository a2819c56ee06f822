using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Weft.Testing.FakeServer;

namespace Weft.Testing;

/// <summary>The request pipeline: route, read, record, pick a behaviour, wait, answer.</summary>
public sealed partial class FakeJudgeServer
{
    private static readonly string[] CapturedHeaders = ["Authorization", "api-key", "User-Agent"];

    private async Task HandleAsync(HttpContext http)
    {
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        try
        {
            await HandleChatAsync(http, aborted.Token);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client gave up or the server is stopping: there is nobody left to answer.
            http.Abort();
        }
    }

    private async Task HandleChatAsync(HttpContext http, CancellationToken aborted)
    {
        if (ChatRoute.Match(http.Request) is not { } route)
        {
            await SendErrorAsync(http, OpenAIDialect.Instance, StatusCodes.Status404NotFound,
                $"No chat endpoint at {http.Request.Method} {http.Request.Path}.", "not_found", aborted);
            return;
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, default, aborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            await SendErrorAsync(http, route.Dialect, StatusCodes.Status400BadRequest, "The body is not JSON: " + e.Message, "invalid_json", aborted);
            return;
        }

        string key;
        if (route.Images)
        {
            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("prompt", out var prompt) || prompt.ValueKind != JsonValueKind.String)
            {
                await SendErrorAsync(http, route.Dialect, StatusCodes.Status400BadRequest, "The body must be an object with a 'prompt' string.", "invalid_request", aborted);
                return;
            }

            key = RequestKeys.Compute(body);
        }
        else if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            await SendErrorAsync(http, route.Dialect, StatusCodes.Status400BadRequest, "The body must be an object with a 'messages' array.", "invalid_request", aborted);
            return;
        }
        else
        {
            key = RequestKeys.Compute(messages);
        }

        var model = route.Deployment
            ?? (body.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "");
        var (request, behavior) = Register(http.Request.Path.Value!, model, body, key, CaptureHeaders(http.Request.Headers));
        try
        {
            behavior ??= Responder(request);
        }
#pragma warning disable CA1031 // A faulty test responder must reach the test as a readable 500, not vanish in Kestrel.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await SendErrorAsync(http, route.Dialect, StatusCodes.Status500InternalServerError, "The test's responder threw: " + e, "responder_failed", aborted);
            return;
        }

        var latency = Latency;
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, aborted);
        }

        var context = new ReplyContext(request, route.Dialect.Streams(body), TimeProvider.System.GetUtcNow());
        await behavior.RespondAsync(new FakeExchange(http, route.Dialect, route.Dialect.ReadFormat(body), context, aborted));
    }

    private (FakeRequest Request, FakeBehavior? Queued) Register(string path, string model, JsonElement body, string key, IReadOnlyDictionary<string, string> headers)
    {
        lock (_gate)
        {
            var attempt = _countsByKey.GetValueOrDefault(key) + 1;
            _countsByKey[key] = attempt;
            var request = new FakeRequest(path, model, body, key, headers, attempt);
            _requests.Add(request);
            return (request, _queue.TryDequeue(out var queued) ? queued : null);
        }
    }

    private static Dictionary<string, string> CaptureHeaders(IHeaderDictionary headers)
    {
        var captured = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in CapturedHeaders)
        {
            if (headers.TryGetValue(name, out var value))
            {
                captured[name] = value.ToString();
            }
        }

        return captured;
    }

    private static Task SendErrorAsync(HttpContext http, ChatDialect dialect, int status, string message, string code, CancellationToken aborted)
    {
        var body = dialect.Error(message, status >= 500 ? "server_error" : "invalid_request_error", code);
        http.Response.StatusCode = status;
        http.Response.ContentType = body.ContentType;
        http.Response.ContentLength = body.Bytes.Length;
        return http.Response.Body.WriteAsync(body.Bytes, aborted).AsTask();
    }
}
