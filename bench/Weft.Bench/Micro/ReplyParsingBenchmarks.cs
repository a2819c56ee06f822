using BenchmarkDotNet.Attributes;
using Weft.Bench.Support;
using Weft.Protocols;

namespace Weft.Bench.Micro;

/// <summary>Reading five scores from a judge's reply: the strict JSON a schema-following judge sends, and a messy one.</summary>
[MemoryDiagnoser]
public class ReplyParsingBenchmarks
{
    private const string Messy = """
        Sure! Here is my evaluation of the output.

        ```json
        {
          'text_quality': {'explanation': 'Fluent, though paragraph 2 repeats itself.', 'score': '4/5'},
          "perceptual_quality": {"explanation": "Image 1 has a smeared paw", "score": 3,},
          "image_coherence": {"explanation": "Same fox in both images", "score": 4},
          "Text-Image Coherence": {"explanation": "Image 2 shows the den described", "score": 5}
        }
        ```

        **Helpfulness**: 4 — the story follows the instruction.
        """;

    private static readonly Aspect[] Five = [.. Enum.GetValues<Aspect>()];
    private readonly string strict = CannedReply.Content();
    private readonly string messy = Messy;

    [Benchmark(Baseline = true)]
    public int StrictJson() => VerdictParser.Parse(strict, Five).Scores.Count;

    [Benchmark]
    public int MessyReply() => VerdictParser.Parse(messy, Five).Scores.Count;
}
