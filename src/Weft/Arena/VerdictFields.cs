using Weft.Benchmarks;
using Weft.Protocols;

namespace Weft.Arena;

/// <summary>Checks shared by the verdict formats: the winner's spelling and two different systems.</summary>
internal static class VerdictFields
{
    public static PairwiseWinner? Winner(string? text, string field, JsonErrorScope errors)
    {
        if (text is null)
        {
            return null;
        }

        // The exact spellings written by Weft and OpenING first: TryParse's folding allocates, and files hold tens of thousands.
        PairwiseWinner? exact = text switch
        {
            "A" => PairwiseWinner.A,
            "B" => PairwiseWinner.B,
            "Tie(A)" => PairwiseWinner.TieA,
            "Tie(B)" => PairwiseWinner.TieB,
            "Tie" => PairwiseWinner.Tie,
            _ => null,
        };
        if (exact is not null)
        {
            return exact;
        }

        if (PairwiseWinners.TryParse(text, out var winner))
        {
            return winner;
        }

        errors.Report(field, $"\"{text}\" is not a verdict; expected A, B, Tie(A), Tie(B) or Tie");
        return null;
    }

    public static (string A, string B)? Systems(string? systemA, string? systemB, string fieldB, SystemNames names, JsonErrorScope errors)
    {
        if (systemA is null || systemB is null)
        {
            return null;
        }

        var a = names.Canonical(systemA);
        var b = names.Canonical(systemB);
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            errors.Report(fieldB, $"\"{systemB}\" is the same system as on side A (names match case-insensitively, after --alias)");
            return null;
        }

        return (a, b);
    }
}
