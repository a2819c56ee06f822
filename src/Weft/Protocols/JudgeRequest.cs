using Microsoft.Extensions.AI;

namespace Weft.Protocols;

/// <summary>One question to a judge, ready to send once its images are prepared.</summary>
/// <param name="Key">SHA-256 (hex) of everything that determines the reply: model, parameters, texts and image hashes.</param>
/// <param name="Purpose">"judge" for a first request, "repair" for the follow-up after an unusable reply.</param>
/// <param name="Messages">The conversation; images are still references (file, URL or inline) until prepared.</param>
/// <param name="Options">Model parameters: temperature, output token limit and the JSON schema of the reply.</param>
/// <param name="Criteria">The criterion keys this request asks for.</param>
/// <param name="Canonical">The canonical JSON the key was computed from (texts in full, images as hashes): what the store keeps for audit.</param>
public sealed record JudgeRequest(
    string Key,
    string Purpose,
    IReadOnlyList<ChatMessage> Messages,
    ChatOptions Options,
    IReadOnlyList<string> Criteria,
    string Canonical);
