using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using SkiaSharp;
using Weft.Images;

namespace Weft.Tests.Images;

/// <summary>Images made by code for tests: flat colours, drawn scenes, noise, and re-encoded copies.</summary>
internal static class TestImages
{
    public static byte[] Solid(int width, int height, SKColor color, SKEncodedImageFormat format = SKEncodedImageFormat.Png, int quality = 90)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        return Encode(bitmap, format, quality);
    }

    /// <summary>A gradient background with shapes placed by a seeded random generator: a stand-in for a picture.</summary>
    public static byte[] Scene(int width, int height, int seed, SKEncodedImageFormat format = SKEncodedImageFormat.Png, int quality = 90)
    {
        using var bitmap = SceneBitmap(width, height, seed);
        return Encode(bitmap, format, quality);
    }

    public static SKBitmap SceneBitmap(int width, int height, int seed)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        using var background = new SKPaint();
        background.Shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0), new SKPoint(width, height), [RandomColor(random), RandomColor(random)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, background);
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 12; i++)
        {
            paint.Color = RandomColor(random);
            var (x, y) = ((float)random.NextDouble() * width, (float)random.NextDouble() * height);
            var size = (0.08f + (0.25f * (float)random.NextDouble())) * Math.Min(width, height);
            if (i % 2 == 0)
            {
                canvas.DrawCircle(x, y, size, paint);
            }
            else
            {
                canvas.DrawRect(x - size, y - (size / 2), 2 * size, size, paint);
            }
        }

        return bitmap;
    }

    public static byte[] Noise(int width, int height, int seed, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        var random = new Random(seed);
        using var bitmap = FromPixels(width, height, (_, _) => RandomColor(random));
        return Encode(bitmap, format, 90);
    }

    /// <summary>An opaque bitmap whose pixels are given by a function (much faster than setting them one by one).</summary>
    public static SKBitmap FromPixels(int width, int height, Func<int, int, SKColor> color)
    {
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var c = color(x, y);
                var at = ((y * width) + x) * 4;
                (pixels[at], pixels[at + 1], pixels[at + 2], pixels[at + 3]) = (c.Red, c.Green, c.Blue, 255);
            }
        }

        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        return bitmap;
    }

    /// <summary>Decodes, resizes (high quality) and encodes again, as a system or a website would.</summary>
    public static byte[] Resized(byte[] encoded, int width, int height, SKEncodedImageFormat format, int quality)
    {
        using var source = SKBitmap.Decode(encoded);
        using var resized = source.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return Encode(resized, format, quality);
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    public static LoadedImage Loaded(byte[] bytes, string? source = null) =>
        new(bytes, ImageFormats.SniffMediaType(bytes) ?? "application/octet-stream", Convert.ToHexStringLower(SHA256.HashData(bytes)))
        {
            Source = source,
        };

    /// <summary>Inserts an EXIF APP1 segment holding only an orientation tag right after the JPEG start marker.</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, // big-endian header, first IFD at offset 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 0, 0, 0, // orientation, SHORT, count 1, value below
            0, 0, 0, 0, // no next IFD
        ];
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(18), orientation);
        byte[] header = [(byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0];
        var segmentLength = 2 + header.Length + tiff.Length;
        var result = new List<byte>(jpeg.Length + segmentLength + 2) { 0xFF, 0xD8, 0xFF, 0xE1, (byte)(segmentLength >> 8), (byte)segmentLength };
        result.AddRange(header);
        result.AddRange(tiff);
        result.AddRange(jpeg.AsSpan(2).ToArray());
        return [.. result];
    }

    /// <summary>A 24-bit BMP (Skia decodes BMP but cannot write it).</summary>
    public static byte[] Bmp(int width, int height, SKColor color)
    {
        var rowBytes = ((width * 3) + 3) & ~3;
        var pixels = rowBytes * height;
        var bytes = new byte[54 + pixels];
        "BM"u8.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(2), bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(28), 24);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(34), pixels);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = 54 + (y * rowBytes) + (x * 3);
                (bytes[at], bytes[at + 1], bytes[at + 2]) = (color.Blue, color.Green, color.Red);
            }
        }

        return bytes;
    }

    /// <summary>A PNG claiming the given size but holding no pixel data: a decompression bomb's shape.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        var chunk = new byte[4 + 13];
        "IHDR"u8.CopyTo(chunk);
        BinaryPrimitives.WriteInt32BigEndian(chunk.AsSpan(4), width);
        BinaryPrimitives.WriteInt32BigEndian(chunk.AsSpan(8), height);
        (chunk[12], chunk[13]) = (8, 2); // 8-bit RGB; compression, filter and interlace stay 0
        var png = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        AddChunk(png, chunk);
        AddChunk(png, [(byte)'I', (byte)'D', (byte)'A', (byte)'T', 0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]); // deflate of nothing
        AddChunk(png, "IEND"u8.ToArray());
        return [.. png];
    }

    private static void AddChunk(List<byte> png, byte[] typeAndData)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, typeAndData.Length - 4);
        png.AddRange(length);
        png.AddRange(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        png.AddRange(crc);
    }

    /// <summary>Decodes with Skia directly (independently of the code under test) to read back a prepared image.</summary>
    public static SKBitmap Decode(ReadOnlyMemory<byte> bytes) => SKBitmap.Decode(bytes.ToArray());

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static SKColor RandomColor(Random random) =>
        new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
}
