using Microsoft.Extensions.AI;

namespace Weft.Judges;

/// <summary>
/// Hands an OpenAI SDK chat client stand-ins for the inline images of a request (see <see cref="InlineImages"/>), so
/// that the images are streamed into the body by <see cref="InlineImagePolicy"/> instead of being copied into strings.
/// What reaches the server is the same request.
/// </summary>
internal sealed class InlineImageChatClient(IChatClient inner, InlineImages images) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var tokens = new List<string>();
        try
        {
            return await base.GetResponseAsync(StandIns(messages, tokens), options, cancellationToken);
        }
        finally
        {
            foreach (var token in tokens)
            {
                images.Release(token);
            }
        }
    }

    private List<ChatMessage> StandIns(IEnumerable<ChatMessage> messages, List<string> tokens)
    {
        var result = new List<ChatMessage>();
        foreach (var message in messages)
        {
            if (!message.Contents.Any(IsInlineImage))
            {
                result.Add(message);
                continue;
            }

            var contents = new List<AIContent>(message.Contents.Count);
            foreach (var part in message.Contents)
            {
                if (part is DataContent image && IsInlineImage(image))
                {
                    var (standIn, token) = images.Register(image);
                    tokens.Add(token);
                    contents.Add(standIn);
                }
                else
                {
                    contents.Add(part);
                }
            }

            result.Add(new ChatMessage(message.Role, contents) { AuthorName = message.AuthorName });
        }

        return result;
    }

    private static bool IsInlineImage(AIContent part) => part is DataContent data && data.HasTopLevelMediaType("image");
}
