using System.Text.Json;
using Weft.Benchmarks;

namespace Weft.Arena;

/// <summary>Reads Weft's pairwise verdict JSONL: instance, system_a, system_b, winner, source, optional shown and comment.</summary>
internal static class WeftVerdictLines
{
    public static List<(PairwiseVerdict Verdict, int Line)> Read(
        string path, ReadOnlyMemory<byte> utf8, SystemNames names, DataErrorList errors, CancellationToken cancellationToken)
    {
        List<(PairwiseVerdict, int)> read = [];
        JsonLinesFile.Read<object>(
            path,
            utf8,
            errors,
            (element, line, scope) =>
            {
                if (ReadLine(element, scope, names) is { } verdict)
                {
                    read.Add((verdict, line));
                }

                return null;
            },
            cancellationToken);
        return read;
    }

    private static PairwiseVerdict? ReadLine(JsonElement line, JsonErrorScope errors, SystemNames names)
    {
        if (!JsonFields.ExpectObject(line, "", errors))
        {
            return null;
        }

        var before = errors.Count;
        var instance = JsonFields.RequiredString(line, "", "instance", errors, nonEmpty: true);
        var systemA = JsonFields.RequiredString(line, "", "system_a", errors, nonEmpty: true);
        var systemB = JsonFields.RequiredString(line, "", "system_b", errors, nonEmpty: true);
        var winnerText = JsonFields.RequiredString(line, "", "winner", errors, nonEmpty: true);
        var source = JsonFields.RequiredString(line, "", "source", errors, nonEmpty: true);
        var shownText = JsonFields.OptionalString(line, "", "shown", errors);
        var comment = JsonFields.OptionalString(line, "", "comment", errors);
        var winner = VerdictFields.Winner(winnerText, "winner", errors);
        ShownOrder? shown = shownText?.Trim().ToUpperInvariant() switch
        {
            null => null,
            "AB" => ShownOrder.AB,
            "BA" => ShownOrder.BA,
            _ => Bad(errors, shownText),
        };
        var pair = VerdictFields.Systems(systemA, systemB, "system_b", names, errors);
        if (errors.Count > before || instance is null || pair is not var (a, b) || winner is not { } w || source is null)
        {
            return null;
        }

        return new PairwiseVerdict(instance.Trim(), a, b, w, source, shown, comment);
    }

    private static ShownOrder? Bad(JsonErrorScope errors, string text)
    {
        errors.Report("shown", $"\"{text}\" is not a shown order; expected \"AB\", \"BA\" or null");
        return null;
    }
}
