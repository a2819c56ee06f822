namespace Weft.Generation;

/// <summary>Draws one picture from a prompt; one attempt, no retries (the scheduler retries).</summary>
internal interface IImageBackend
{
    /// <summary>The encoded image bytes and the prompt as the model revised it (when it says).</summary>
    Task<(byte[] Bytes, string? RevisedPrompt)> GenerateAsync(string prompt, CancellationToken cancellationToken);
}
