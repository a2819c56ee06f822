using Microsoft.Extensions.AI;
using Weft.Protocols;

namespace Weft.Runs;

/// <summary>
/// What Weft's own chat-client layers hand each other through <see cref="ChatOptions.AdditionalProperties"/>: the
/// judge request (its key, canonical form and purpose) on the way down, the stored reply and the attempt figures on
/// the way up. The provider never sees them: the scheduling layer takes them off before the request leaves.
/// </summary>
internal static class RequestProperties
{
    private const string Request = "weft.request";
    private const string Stored = "weft.stored_reply";
    private const string Attempts = "weft.attempts";
    private const string Latency = "weft.latency_ms";

    /// <summary>A copy of the request's options that carries the request.</summary>
    public static ChatOptions With(JudgeRequest request)
    {
        var options = request.Options.Clone();
        options.AdditionalProperties ??= [];
        options.AdditionalProperties[Request] = request;
        return options;
    }

    /// <summary>The request the options carry, or null.</summary>
    public static JudgeRequest? RequestOf(ChatOptions? options) => options?.AdditionalProperties?.TryGetValue(Request, out var value) == true ? value as JudgeRequest : null;

    /// <summary>The options as the provider must see them: without Weft's properties (null when none are left).</summary>
    public static ChatOptions? ForProvider(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } properties || !properties.ContainsKey(Request))
        {
            return options;
        }

        var clean = options.Clone();
        clean.AdditionalProperties!.Remove(Request);
        if (clean.AdditionalProperties.Count == 0)
        {
            clean.AdditionalProperties = null;
        }

        return clean;
    }

    /// <summary>Records how many attempts and how long the successful one took.</summary>
    public static void SetAttempts(ChatResponse response, int attempts, long latencyMs)
    {
        response.AdditionalProperties ??= [];
        response.AdditionalProperties[Attempts] = attempts;
        response.AdditionalProperties[Latency] = latencyMs;
    }

    /// <summary>The attempts and latency recorded on a response (1 and 0 when none were).</summary>
    public static (int Attempts, long LatencyMs) AttemptsOf(ChatResponse response) =>
        (response.AdditionalProperties?.TryGetValue(Attempts, out var a) == true && a is int attempts ? attempts : 1,
         response.AdditionalProperties?.TryGetValue(Latency, out var l) == true && l is long latency ? latency : 0);

    /// <summary>Attaches the stored reply a response was made from.</summary>
    public static ChatResponse WithStored(ChatResponse response, StoredReply stored)
    {
        response.AdditionalProperties ??= [];
        response.AdditionalProperties[Stored] = stored;
        return response;
    }

    /// <summary>The stored reply a response was made from, or null.</summary>
    public static StoredReply? StoredOf(ChatResponse response) => response.AdditionalProperties?.TryGetValue(Stored, out var value) == true ? value as StoredReply : null;
}
