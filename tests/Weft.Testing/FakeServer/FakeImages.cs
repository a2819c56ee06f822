using System.Security.Cryptography;
using System.Text;
using SkiaSharp;

namespace Weft.Testing.FakeServer;

/// <summary>Draws a deterministic, text-free picture from a prompt: the same prompt and size always give the same PNG bytes.</summary>
internal static class FakeImages
{
    public static byte[] Render(string prompt, int width, int height)
    {
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(prompt));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(seed[0], seed[1], seed[2]));
            using var paint = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 4; i++)
            {
                var b = seed.AsSpan(3 + (i * 7), 7);
                paint.Color = new SKColor(b[0], b[1], b[2]);
                float x = b[3] * width / 255f, y = b[4] * height / 255f, r = (16 + (b[5] % 64)) * Math.Min(width, height) / 160f;
                if (b[6] % 2 == 0)
                {
                    canvas.DrawCircle(x, y, r, paint);
                }
                else
                {
                    canvas.DrawRect(x - r, y - r, 2 * r, 1.5f * r, paint);
                }
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
