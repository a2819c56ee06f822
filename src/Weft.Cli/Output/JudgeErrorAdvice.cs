using System.Globalization;
using Weft.Text;

namespace Weft.Cli.Output;

/// <summary>The line a judging command ends with when too many items ended in judge errors: what kinds, and what would help.</summary>
internal static class JudgeErrorAdvice
{
    /// <summary>
    /// Says how many of <paramref name="finished"/> items (named by <paramref name="what"/>) ended in errors, split into
    /// reply errors (the stored reply held no valid answer: only <c>--retry-errors</c> asks again) and transport errors
    /// (no reply: any rerun tries them again).
    /// </summary>
    public static string Line(string what, int errors, int finished, double rate, double maxRate, int replyErrors)
    {
        var transport = errors - replyErrors;
        var kinds = new List<string>();
        if (replyErrors > 0)
        {
            kinds.Add(Plural.Count(replyErrors, "reply error") + " (the judge answered but gave no valid score, even after a repair request; "
                + "a plain rerun reuses those replies, so pass --retry-errors to ask again, or look at the replies with 'weft report')");
        }

        if (transport > 0)
        {
            kinds.Add(Plural.Count(transport, "transport error") + " (no reply: timeouts, server errors or refused requests; run the same command again to retry them)");
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"error: {errors:N0} of {finished:N0} {what} ended in judge errors ({rate:P1}), above --max-error-rate {maxRate:P1}: {string.Join("; ", kinds)}.");
    }
}
