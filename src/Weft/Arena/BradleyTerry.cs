namespace Weft.Arena;

/// <summary>
/// Maximum-likelihood Bradley–Terry strengths by Hunter's (2004) minorization–maximization iteration,
/// p_i ← W_i / Σ_j n_ij / (p_i + p_j), until no log-strength moves by more than 1e-12 in a step.
/// </summary>
/// <remarks>
/// The MLE exists only when the "beat" graph is strongly connected. Otherwise (a system that never wins or never loses, or
/// groups never compared) every system also plays half a win and half a loss against a virtual opponent of strength 1: a
/// small prior that keeps every strength finite and pulls the disconnected parts toward each other.
/// </remarks>
internal static class BradleyTerry
{
    // MM converges linearly, so the distance to the optimum is a multiple of the last step: stopping at steps of 1e-12
    // keeps log-strengths within about 1e-10 of the MLE.
    public const double Tolerance = 1e-12;
    private const int MaxIterations = 100_000;

    /// <summary>Fits <paramref name="logStrength"/> (mean 0) from <paramref name="wins"/>[i·k + j] = win mass of i over j; true when the prior was needed.</summary>
    public static bool Fit(ReadOnlySpan<double> wins, int k, Span<double> logStrength, Span<double> scratch)
    {
        var prior = !StronglyConnected(wins, k);
        var p = scratch[..k];
        var next = scratch.Slice(k, k);
        var total = scratch.Slice(2 * k, k);
        for (var i = 0; i < k; i++)
        {
            p[i] = 1;
            total[i] = prior ? 0.5 : 0;
            for (var j = 0; j < k; j++)
            {
                total[i] += wins[(i * k) + j];
            }
        }

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var logSum = 0.0;
            for (var i = 0; i < k; i++)
            {
                var denominator = prior ? 1 / (p[i] + 1) : 0;
                for (var j = 0; j < k; j++)
                {
                    var games = wins[(i * k) + j] + wins[(j * k) + i];
                    if (games > 0 && j != i)
                    {
                        denominator += games / (p[i] + p[j]);
                    }
                }

                next[i] = total[i] / denominator;
                logSum += Math.Log(next[i]);
            }

            // Without the virtual opponent the likelihood is scale-free: re-anchor every step so the numbers stay tame.
            var scale = prior ? 1 : Math.Exp(-logSum / k);
            var change = 0.0;
            for (var i = 0; i < k; i++)
            {
                next[i] *= scale;
                change = Math.Max(change, Math.Abs(Math.Log(next[i] / p[i])));
                p[i] = next[i];
            }

            if (change < Tolerance)
            {
                break;
            }
        }

        var mean = 0.0;
        for (var i = 0; i < k; i++)
        {
            logStrength[i] = Math.Log(p[i]);
            mean += logStrength[i] / k;
        }

        for (var i = 0; i < k; i++)
        {
            logStrength[i] -= mean;
        }

        return prior;
    }

    /// <summary>Whether every system can reach every other along "i beat j" edges (each tie counts as a win both ways).</summary>
    internal static bool StronglyConnected(ReadOnlySpan<double> wins, int k) => ReachesAll(wins, k, forward: true) && ReachesAll(wins, k, forward: false);

    private static bool ReachesAll(ReadOnlySpan<double> wins, int k, bool forward)
    {
        Span<bool> seen = k <= 256 ? stackalloc bool[k] : new bool[k];
        Span<int> stack = k <= 256 ? stackalloc int[k] : new int[k];
        var top = 0;
        var reached = 1;
        seen[0] = true;
        stack[top++] = 0;
        while (top > 0)
        {
            var i = stack[--top];
            for (var j = 0; j < k; j++)
            {
                if (!seen[j] && (forward ? wins[(i * k) + j] : wins[(j * k) + i]) > 0)
                {
                    seen[j] = true;
                    reached++;
                    stack[top++] = j;
                }
            }
        }

        return reached == k;
    }
}
