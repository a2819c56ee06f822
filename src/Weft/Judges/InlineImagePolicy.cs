using System.Buffers;
using System.Buffers.Text;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;

namespace Weft.Judges;

/// <summary>
/// Puts the real images back into a request body that the OpenAI SDK serialised with <see cref="InlineImages"/>
/// stand-ins: the small body is kept and each token is replaced, while the body is written to the connection, by the
/// base64 of its image, encoded in chunks. The body's length is known up front, so the request is not chunked.
/// </summary>
internal sealed class InlineImagePolicy(InlineImages images) : PipelinePolicy
{
    private readonly byte[] prefix = Encoding.ASCII.GetBytes(images.Prefix);

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Splice(message.Request);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Splice(message.Request);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }

    private void Splice(PipelineRequest request)
    {
        if (request.Content is not { } content || images.IsEmpty)
        {
            return;
        }

        using var buffer = new MemoryStream();
        content.WriteTo(buffer);
        var body = buffer.ToArray();
        var parts = new List<(int Start, int Length, ReadOnlyMemory<byte>? Image)>();
        var at = 0;
        var copied = 0;
        while (body.AsSpan(at).IndexOf(prefix) is var found and >= 0)
        {
            var start = at + found;
            if (start + InlineImages.TokenLength > body.Length)
            {
                break;
            }

            var token = Encoding.ASCII.GetString(body, start, InlineImages.TokenLength);
            if (!images.TryGet(token, out var image))
            {
                at = start + 1;
                continue;
            }

            parts.Add((copied, start - copied, null));
            parts.Add((0, 0, image));
            copied = at = start + InlineImages.TokenLength;
        }

        if (parts.Count == 0)
        {
            return;
        }

        parts.Add((copied, body.Length - copied, null));
        request.Content = new SplicedContent(body, parts);
        content.Dispose();
    }

    private sealed class SplicedContent(byte[] body, List<(int Start, int Length, ReadOnlyMemory<byte>? Image)> parts) : BinaryContent
    {
        // A multiple of 3 input bytes, so every chunk but the last encodes without padding.
        private const int ChunkInput = 3 * 8 * 1024;

        public override bool TryComputeLength(out long length)
        {
            length = 0;
            foreach (var (_, count, image) in parts)
            {
                length += image is { } bytes ? Base64.GetMaxEncodedToUtf8Length(bytes.Length) : count;
            }

            return true;
        }

        public override void WriteTo(Stream stream, CancellationToken cancellationToken = default)
        {
            var chunk = ArrayPool<byte>.Shared.Rent(Base64.GetMaxEncodedToUtf8Length(ChunkInput));
            try
            {
                foreach (var (start, count, image) in parts)
                {
                    if (image is not { } bytes)
                    {
                        stream.Write(body, start, count);
                        continue;
                    }

                    for (var offset = 0; offset < bytes.Length; offset += ChunkInput)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var written = Encode(bytes.Span, offset, chunk);
                        stream.Write(chunk, 0, written);
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }

        public override async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
        {
            var chunk = ArrayPool<byte>.Shared.Rent(Base64.GetMaxEncodedToUtf8Length(ChunkInput));
            try
            {
                foreach (var (start, count, image) in parts)
                {
                    if (image is not { } bytes)
                    {
                        await stream.WriteAsync(body.AsMemory(start, count), cancellationToken);
                        continue;
                    }

                    for (var offset = 0; offset < bytes.Length; offset += ChunkInput)
                    {
                        var written = Encode(bytes.Span, offset, chunk);
                        await stream.WriteAsync(chunk.AsMemory(0, written), cancellationToken);
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }

        public override void Dispose()
        {
        }

        private static int Encode(ReadOnlySpan<byte> image, int offset, byte[] chunk)
        {
            var input = image.Slice(offset, Math.Min(ChunkInput, image.Length - offset));
            var final = offset + input.Length == image.Length;
            Base64.EncodeToUtf8(input, chunk, out _, out var written, final);
            return written;
        }
    }
}
