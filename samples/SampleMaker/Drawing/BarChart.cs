using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>A bar chart with a title, a value axis with grid lines, a value over each bar and a label under it.</summary>
internal static class BarChart
{
    private const int Left = 40;
    private const int Right = 308;
    private const int Top = 44;
    private const int Bottom = 206;
    private static readonly int[] NiceSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500];
    private static readonly SKColor GridLine = new(0xDD, 0xDD, 0xDD);

    public static Action<SKCanvas> Draw(string title, IReadOnlyList<ChartBar> bars, SKColor barColor) => canvas =>
    {
        canvas.FillRect(0, 0, Picture.Width, Picture.Height, SKColors.White);
        PixelFont.DrawCentered(canvas, title, Picture.Width / 2, 12, 2, Palette.Ink);

        var max = bars.Max(bar => bar.Value);
        var step = NiceSteps.First(candidate => candidate * 5 >= max);
        // One step of headroom above the tallest bar leaves space for its value label.
        var axisMax = ((max / step) + 1) * step;
        for (var tick = 0; tick <= axisMax; tick += step)
        {
            var y = Y(tick, axisMax);
            canvas.FillRect(Left, y, Right - Left, 1, GridLine);
            var label = tick.ToString(System.Globalization.CultureInfo.InvariantCulture);
            PixelFont.Draw(canvas, label, Left - 6 - PixelFont.MeasureWidth(label, 1), y - 3, 1, Palette.Ink);
        }

        var slot = (Right - Left) / bars.Count;
        var width = slot * 3 / 5;
        for (var i = 0; i < bars.Count; i++)
        {
            var centre = Left + (i * slot) + (slot / 2);
            var top = Y(bars[i].Value, axisMax);
            canvas.FillRect(centre - (width / 2), top, width, Bottom - top, barColor);
            var value = bars[i].Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            PixelFont.DrawCentered(canvas, value, centre, top - 10, 1, Palette.Ink);
            PixelFont.DrawCentered(canvas, bars[i].Label, centre, Bottom + 7, 1, Palette.Ink);
        }

        canvas.FillRect(Left, Top - 4, 2, Bottom - Top + 5, Palette.Ink);
        canvas.FillRect(Left, Bottom, Right - Left, 2, Palette.Ink);
    };

    private static int Y(int value, int axisMax) => Bottom - ((Bottom - Top) * value / axisMax);
}
