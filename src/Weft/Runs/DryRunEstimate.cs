namespace Weft.Runs;

/// <summary>What a run would send, estimated without sending anything.</summary>
/// <param name="Items">Outputs that would be judged (not yet finished).</param>
/// <param name="Requests">Judge requests (before any repair request).</param>
/// <param name="CachedRequests">Of those, requests already answered in the store.</param>
/// <param name="InputTokens">Estimated input tokens of the requests to send.</param>
/// <param name="TextTokens">Of which text tokens (tokenizer count).</param>
/// <param name="ImageTokens">Of which image tokens (provider formula).</param>
/// <param name="MaxOutputTokens">Upper bound of output tokens (the reply limits).</param>
public sealed record DryRunEstimate(int Items, int Requests, int CachedRequests, long InputTokens, long TextTokens, long ImageTokens, long MaxOutputTokens);
