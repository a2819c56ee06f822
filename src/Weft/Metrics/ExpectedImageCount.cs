using System.Globalization;
using System.Text.RegularExpressions;

namespace Weft.Metrics;

/// <summary>Reads how many images an instruction asks for, when it says so plainly; otherwise says nothing.</summary>
/// <remarks>
/// Conservative on purpose: a wrong expectation is worse than none. A count is a number (1–20 in digits, or one to
/// twelve in words) directly before an image noun (image, picture, illustration, photo, photograph), with at most two
/// descriptive words between ("3 high-quality photos") or a hyphen ("a 3-image comic"). A number that refers to
/// something already there ("the 3 images above", "two of the images"), a range ("2 or 3 images", "up to 4 images")
/// or a count per item ("one picture per step", "for each scene, 2 images") is not a count. Steps ("in 5 steps") count only when the instruction also asks for an image per step ("with an
/// image for each step", "each with a picture"). When the instruction gives different counts the answer is unknown.
/// </remarks>
internal static partial class ExpectedImageCount
{
    private const int MaxDigits = 20;
    private const string Number = @"(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private const string AnyNumber = @"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private const string Noun = @"(?:images?|pictures?|illustrations?|photos?|photographs?)";
    private const string Stop = @"(?:of|the|these|those|in|on|for|from|with|and|or|to|per|each|every|by|at|as|is|are|was|were|a|an|more|less|fewer|than|steps?)";
    private const string Describing = @"(?:(?!" + Stop + @"\b)[a-z][a-z-]*\s+)";
    private const string NotAPartOfANumber = @"(?<![\w.,-])";
    private const string NotReferringOrRange =
        @"(?<!\b(?:the|these|those|following|given|provided|previous|above|first|last|all|than|least|most|about|around|approximately|over|under|up\s+to)\s+)"
        + @"(?<!\b" + AnyNumber + @"\s+(?:and|or|to)\s+)"
        + @"(?<!\b(?:each|every)\b[^.!?;]*)";

    // "one picture per step", "2 images for each character": a count per item, not a total.
    private const string NotPerItem = @"(?!\s+(?:per|for\s+(?:each|every)|in\s+each|with\s+each|to\s+accompany\s+each)\b)";

    private static readonly string[] Words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The number of images the instruction asks for, or null when it does not say so plainly.</summary>
    public static int? FromInstruction(string instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        var counts = Numbers(ImageCount().Matches(instruction));
        if (PerStepImage().IsMatch(instruction))
        {
            counts.UnionWith(Numbers(StepCount().Matches(instruction)));
        }

        return counts.Count == 1 ? counts.Single() : null;
    }

    private static HashSet<int> Numbers(MatchCollection matches) =>
        [.. matches.Select(m => Parse(m.Groups["n"].Value)).Where(n => n is >= 1 and <= MaxDigits)];

    private static int Parse(string number) => char.IsAsciiDigit(number[0])
        ? int.Parse(number, CultureInfo.InvariantCulture)
        : Array.FindIndex(Words, w => string.Equals(w, number, StringComparison.OrdinalIgnoreCase)) + 1;

    [GeneratedRegex(NotAPartOfANumber + NotReferringOrRange + Number + @"(?:\s+" + Describing + "{0,2}|-)" + Noun + @"\b" + NotPerItem,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageCount();

    [GeneratedRegex(NotAPartOfANumber + Number + @"(?:\s+" + Describing + @"?steps|-step)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StepCount();

    [GeneratedRegex(
        @"\b(?:an?|one)\s+(?:[a-z-]+\s+)?" + Noun + @"\s+(?:for|per|with|in|of|to\s+accompany)\s+(?:each|every)\b"
        + @"|\b" + Noun + @"\s+(?:for|per|with|in)\s+(?:each|every)\s+step\b"
        + @"|\b" + Noun + @"\s+per\s+step\b"
        + @"|\b(?:each|every)\s+(?:step\s+|one\s+)?(?:with|has|having|accompanied\s+by|paired\s+with|illustrated\s+(?:by|with)|followed\s+by|including|includes|comes\s+with)"
        + @"\s+(?:an?|one|its\s+own)\s+(?:[a-z-]+\s+)?" + Noun + @"\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerStepImage();
}
