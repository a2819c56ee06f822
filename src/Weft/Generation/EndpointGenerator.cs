using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;
using Weft.Judges;
using Weft.Protocols;
using Weft.Runs;
using Weft.Scheduling;

namespace Weft.Generation;

/// <summary>
/// An endpoint system: one chat request with the task and its input; the reply's text and images (data URIs, or
/// http(s) links fetched only when remote images are allowed) become the answer, images saved like drawn pictures.
/// </summary>
internal sealed class EndpointGenerator(CachedJudge endpoint, JudgeSettings settings, ImageIndex index, ImageFiles files, ImageLoader loader) : IInstanceGenerator
{
    public JudgeRequest Request(Instance instance) => Request(settings, index, instance);

    /// <summary>The one request an endpoint system gets for an instance: the task and its input, no system prompt.</summary>
    public static JudgeRequest Request(JudgeSettings settings, IImageIndex index, Instance instance)
    {
        IReadOnlyList<ChatMessage> messages = [new ChatMessage(ChatRole.User, PlanRequests.Task(instance))];
        var options = new ChatOptions { Temperature = settings.Temperature };
        var (key, canonical) = RequestKey.Compute(settings, messages, options, index);
        return new JudgeRequest(key, "endpoint", messages, options, [], canonical);
    }

    public async Task<InstanceResult> GenerateAsync(Instance instance, CancellationToken cancellationToken)
    {
        if (instance.Input.FirstOrDefault(i => ContentImages.IsImage(i) && index.Sha256(i) is null) is { } unusable)
        {
            return InstanceResult.Failed(instance.Id, "an input image cannot be used: " + ContentImages.Describe(unusable));
        }

        var request = Request(instance);
        StoredReply reply;
        try
        {
            reply = await endpoint.GetReplyAsync(request, cancellationToken);
        }
        catch (RequestFailedException e) when (!e.Fault.StopsRun)
        {
            return InstanceResult.Failed(instance.Id, "the endpoint request failed: " + e.Message);
        }
        catch (RequestFailedException e)
        {
            throw new JudgeConfigurationException(e.Fault.Message, e);
        }

        var blocks = new List<OutputBlock>();
        var k = 0;
        foreach (var part in EndpointReplyParser.Parse(reply.Reply))
        {
            if (part.Text is not null)
            {
                blocks.Add(OutputBlock.OfText(part.Text));
                continue;
            }

            k++;
            var (bytes, problem) = await BytesAsync(part.ImageSource!, cancellationToken);
            if (bytes is null)
            {
                return InstanceResult.Failed(instance.Id, $"image {k} of the reply: {problem}");
            }

            try
            {
                var saved = await files.SaveAsync(request.Key, files.Stem(instance.Id, k, 0), bytes, cancellationToken);
                blocks.Add(OutputBlock.OfImage(saved.RelativePath));
            }
            catch (InvalidDataException)
            {
                return InstanceResult.Failed(instance.Id, $"image {k} of the reply is not a PNG, JPEG, GIF, WebP or BMP image");
            }
        }

        return new InstanceResult(instance.Id, blocks, null, []);
    }

    private async Task<(byte[]? Bytes, string? Problem)> BytesAsync(string source, CancellationToken cancellationToken)
    {
        if (source.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = source.IndexOf(',', StringComparison.Ordinal);
            try
            {
                return comma < 0 || !source[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase)
                    ? (null, "the data URI is not base64")
                    : (Convert.FromBase64String(source[(comma + 1)..]), null);
            }
            catch (FormatException)
            {
                return (null, "the data URI's base64 does not decode");
            }
        }

        if (!loader.Options.AllowRemote)
        {
            return (null, $"{source} is a remote image; pass --allow-remote-images to fetch it");
        }

        try
        {
            var loaded = await loader.LoadAsync(new UriContent(new Uri(source), ContentImages.UnknownImageMediaType), cancellationToken);
            return (loaded.Bytes.ToArray(), null);
        }
        catch (ImageLoadException e)
        {
            return (null, e.Message);
        }
    }
}
