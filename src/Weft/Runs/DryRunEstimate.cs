namespace Weft.Runs;

/// <summary>What a run would send, estimated without sending anything.</summary>
/// <param name="Items">Outputs that would be judged (not yet finished).</param>
/// <param name="Requests">Judge requests (before any repair request).</param>
/// <param name="CachedRequests">Of those, requests already answered in the store.</param>
/// <param name="InputTokens">Estimated input tokens of the requests to send.</param>
/// <param name="TextTokens">Of which text tokens (tokenizer count).</param>
/// <param name="ImageTokens">Of which image tokens (provider formula).</param>
/// <param name="MaxOutputTokens">Upper bound of output tokens (the reply limits).</param>
public sealed record DryRunEstimate(int Items, int Requests, int CachedRequests, long InputTokens, long TextTokens, long ImageTokens, long MaxOutputTokens)
{
    /// <summary>
    /// Estimates <paramref name="requests"/> (the first request of each of <paramref name="items"/> items): requests the
    /// store has answered cost nothing; the others are counted with the judge model's tokenizer, the provider's image
    /// formula and their reply limits.
    /// </summary>
    internal static DryRunEstimate Of(
        int items, IEnumerable<Protocols.JudgeRequest> requests, IRunStore store, Judges.JudgeSpec judge, Protocols.JudgeSettings settings, Func<Microsoft.Extensions.AI.AIContent, (int Width, int Height)?> imageSize)
    {
        var estimator = new Judges.TokenEstimator(judge.Model);
        int count = 0, cached = 0;
        long text = 0, images = 0, output = 0;
        foreach (var request in requests)
        {
            count++;
            if (store.FindReply(request.Key) is not null)
            {
                cached++;
                continue;
            }

            var (t, i) = estimator.Input(request, imageSize, settings.MaxImageSide, settings.ImageDetail);
            text += t;
            images += i;
            output += request.Options.MaxOutputTokens ?? 0;
        }

        return new DryRunEstimate(items, count, cached, text + images, text, images, output);
    }
}
