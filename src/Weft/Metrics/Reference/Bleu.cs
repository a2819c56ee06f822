namespace Weft.Metrics.Reference;

/// <summary>Sentence BLEU-4 against one reference, computed as sacreBLEU's <c>sentence_bleu</c> does by default.</summary>
/// <remarks>
/// Defaults follow sacreBLEU 2.x's sentence_bleu: 13a tokens, case kept, exponential-decay smoothing ("exp") and
/// effective order on (orders for which the hypothesis has no n-gram at all are left out of the geometric mean, so a
/// two-word answer is not 0 by construction). Brevity penalty exp(1 − r/c) when the hypothesis (c tokens) is shorter
/// than the reference (r tokens). No match at any order gives 0. The result is on 0–1 (sacreBLEU prints it × 100).
/// </remarks>
internal static class Bleu
{
    public const int MaxOrder = 4;

    public static double Sentence(string hypothesis, string reference, BleuSmoothing smoothing = BleuSmoothing.Exp, double? smoothValue = null, bool effectiveOrder = true) =>
        FromTokens(Tokenizer13a.Tokenize(hypothesis), Tokenizer13a.Tokenize(reference), smoothing, smoothValue, effectiveOrder);

    public static double FromTokens(
        IReadOnlyList<string> hypothesis, IReadOnlyList<string> reference, BleuSmoothing smoothing = BleuSmoothing.Exp, double? smoothValue = null, bool effectiveOrder = true)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        var correct = new double[MaxOrder];
        var total = new double[MaxOrder];
        for (var n = 1; n <= MaxOrder; n++)
        {
            var available = NGrams(reference, n);
            foreach (var (gram, count) in NGrams(hypothesis, n))
            {
                correct[n - 1] += Math.Min(count, available.GetValueOrDefault(gram));
                total[n - 1] += count;
            }
        }

        return Score(correct, total, hypothesis.Count, reference.Count, smoothing, smoothValue, effectiveOrder);
    }

    // Mirrors the order of operations of sacreBLEU's compute_bleu, so that the smoothing variants agree with it exactly.
    private static double Score(double[] correct, double[] total, int hypothesisLength, int referenceLength, BleuSmoothing smoothing, double? smoothValue, bool effectiveOrder)
    {
        var brevity = hypothesisLength >= referenceLength ? 1.0 : hypothesisLength > 0 ? Math.Exp(1 - ((double)referenceLength / hypothesisLength)) : 0.0;
        if (correct.All(c => c == 0))
        {
            return 0;
        }

        var k = smoothValue ?? (smoothing == BleuSmoothing.Floor ? 0.1 : 1.0);
        var precisions = new double[MaxOrder];
        var order = MaxOrder;
        var decay = 1.0;
        for (var n = 1; n <= MaxOrder; n++)
        {
            if (smoothing == BleuSmoothing.AddK && n > 1)
            {
                correct[n - 1] += k;
                total[n - 1] += k;
            }

            if (total[n - 1] == 0)
            {
                break;
            }

            if (effectiveOrder)
            {
                order = n;
            }

            if (correct[n - 1] > 0)
            {
                precisions[n - 1] = correct[n - 1] / total[n - 1];
            }
            else if (smoothing == BleuSmoothing.Exp)
            {
                decay *= 2;
                precisions[n - 1] = 1 / (decay * total[n - 1]);
            }
            else if (smoothing == BleuSmoothing.Floor)
            {
                precisions[n - 1] = k / total[n - 1];
            }
        }

        if (precisions.Take(order).Any(p => p <= 0))
        {
            return 0;
        }

        return brevity * Math.Exp(precisions.Take(order).Sum(Math.Log) / order);
    }

    private static Dictionary<string, int> NGrams(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            // Tokens never hold a space, so the joined string identifies the n-gram.
            var gram = string.Join(' ', tokens.Skip(i).Take(n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        return counts;
    }
}
