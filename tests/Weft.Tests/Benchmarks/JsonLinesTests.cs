using System.Text;
using Weft.Benchmarks;

namespace Weft.Tests.Benchmarks;

public sealed class JsonLinesTests
{
    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Locate_StreamReadInPieces_FindsTheLinesTheWholeTextHas(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(seed % 2 == 0 ? "\uFEFF" : "");
        for (var i = 0; i < 60; i++)
        {
            var length = random.Next(6) switch { 0 => 0, 1 => random.Next(70_000, 140_000), _ => random.Next(1, 300) };
            text.Append(random.Next(4) == 0 ? " \t" : "").Append('x', length).Append(random.Next(3) == 0 ? "\r\n" : "\n");
        }

        if (seed % 3 == 0)
        {
            text.Append("last line without a newline");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var whole = JsonLines.Locate(bytes).Select(l => (l.Line, l.Offset, Encoding.UTF8.GetString(l.Text.Span))).ToList();

        using var stream = new PiecesStream(bytes, random);
        var streamed = JsonLines.Locate(stream).Select(l => (l.Line, l.Offset, Encoding.UTF8.GetString(l.Text.Span))).ToList();

        Assert.Equal(whole, streamed);
        Assert.All(streamed, l => Assert.Equal(l.Item3, Encoding.UTF8.GetString(bytes, (int)l.Offset, Encoding.UTF8.GetByteCount(l.Item3))));
    }

    [Fact]
    public void Locate_EmptyOrBlankStream_NoLines()
    {
        Assert.Empty(JsonLines.Locate(new MemoryStream()));
        Assert.Empty(JsonLines.Locate(new MemoryStream(Encoding.UTF8.GetBytes("\uFEFF \n\r\n\t"))));
    }

    // Hands out at most a few bytes per read, so lines cross every kind of block boundary.
    private sealed class PiecesStream(byte[] bytes, Random random) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, Math.Min(count, random.Next(1, 5) == 1 ? 3 : random.Next(1, 50_000)));
    }
}
