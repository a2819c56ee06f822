using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>
/// A 5×7 dot font drawn as plain squares. The Linux SkiaSharp natives without dependencies find no system font, and a
/// font of our own also keeps chart labels identical on every machine.
/// </summary>
internal static class PixelFont
{
    private const int GlyphWidth = 5;
    private const int Advance = GlyphWidth + 1;

    // One entry per glyph: the character, then seven rows top to bottom as two hex digits each; bit 4 is the leftmost dot.
    private static readonly Dictionary<char, string> Glyphs = new string[]
    {
        "A0E11111F111111", "B1E11111E11111E", "C0E11101010110E", "D1E11111111111E", "E1F10101E10101F",
        "F1F10101E101010", "G0E11101711110F", "H1111111F111111", "I0E04040404040E", "J0702020202120C",
        "K11121418141211", "L1010101010101F", "M111B1515111111", "N11111915131111", "O0E11111111110E",
        "P1E11111E101010", "Q0E11111115120D", "R1E11111E141211", "S0F10100E01011E", "T1F040404040404",
        "U1111111111110E", "V11111111110A04", "W1111111515150A", "X11110A040A1111", "Y11110A04040404",
        "Z1F01020408101F", "00E11131519110E", "1040C040404040E", "20E11010204081F", "31F02040201110E",
        "402060A121F0202", "51F101E0101110E", "60608101E11110E", "71F010204080808", "80E11110E11110E",
        "90E11110F01020C", " 00000000000000", ".00000000000C0C", ",000000000C0408", "-0000001F000000",
        "%18190204081303", ":000C0C000C0C00", "(02040808080402", ")08040202020408", "/00010204081000",
    }.ToDictionary(entry => entry[0], entry => entry[1..]);

    public static int MeasureWidth(string text, int scale) => text.Length == 0 ? 0 : ((text.Length * Advance) - 1) * scale;

    public static void Draw(SKCanvas canvas, string text, int x, int y, int scale, SKColor color)
    {
        foreach (var character in text.ToUpperInvariant())
        {
            if (Glyphs.TryGetValue(character, out var rows))
            {
                DrawGlyph(canvas, rows, x, y, scale, color);
            }

            x += Advance * scale;
        }
    }

    public static void DrawCentered(SKCanvas canvas, string text, int centerX, int y, int scale, SKColor color) =>
        Draw(canvas, text, centerX - (MeasureWidth(text, scale) / 2), y, scale, color);

    private static void DrawGlyph(SKCanvas canvas, string rows, int x, int y, int scale, SKColor color)
    {
        for (var row = 0; row < 7; row++)
        {
            var bits = Convert.ToInt32(rows.Substring(row * 2, 2), 16);
            for (var column = 0; column < GlyphWidth; column++)
            {
                if ((bits & (1 << (GlyphWidth - 1 - column))) != 0)
                {
                    canvas.FillRect(x + (column * scale), y + (row * scale), scale, scale, color);
                }
            }
        }
    }
}
