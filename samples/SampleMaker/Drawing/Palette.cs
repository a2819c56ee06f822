using SkiaSharp;

namespace Weft.SampleMaker.Drawing;

/// <summary>The few colours every sample picture is painted with, so that the pictures of one story look alike.</summary>
internal static class Palette
{
    public static readonly SKColor DaySky = new(0x9C, 0xD3, 0xF0);
    public static readonly SKColor GreySky = new(0xAE, 0xB6, 0xC0);
    public static readonly SKColor NightSky = new(0x1B, 0x22, 0x4A);
    public static readonly SKColor SunsetHigh = new(0xF2, 0x9E, 0x4C);
    public static readonly SKColor SunsetLow = new(0xF7, 0xC5, 0x6B);
    public static readonly SKColor Cloud = new(0xFA, 0xFB, 0xFD);
    public static readonly SKColor Sun = new(0xFF, 0xCE, 0x3A);
    public static readonly SKColor Moon = new(0xF3, 0xEE, 0xC8);
    public static readonly SKColor Crater = new(0xD8, 0xD0, 0xA6);
    public static readonly SKColor Star = new(0xFF, 0xF6, 0xD0);
    public static readonly SKColor Grass = new(0x6D, 0xB8, 0x4A);
    public static readonly SKColor NightGrass = new(0x2E, 0x5B, 0x2A);
    public static readonly SKColor Hill = new(0x58, 0xA3, 0x3E);
    public static readonly SKColor Snow = new(0xFF, 0xFF, 0xFF);
    public static readonly SKColor SnowGround = new(0xE2, 0xE9, 0xF2);
    public static readonly SKColor SnowShade = new(0xB4, 0xC2, 0xD4);
    public static readonly SKColor Soil = new(0x8A, 0x5A, 0x2E);
    public static readonly SKColor DarkSoil = new(0x4E, 0x31, 0x18);
    public static readonly SKColor Water = new(0x3F, 0x86, 0xC8);
    public static readonly SKColor Ripple = new(0x8C, 0xC2, 0xEE);
    public static readonly SKColor Rain = new(0x5E, 0x7E, 0xA6);
    public static readonly SKColor Trunk = new(0x7A, 0x4B, 0x22);
    public static readonly SKColor Leaves = new(0x2F, 0x8F, 0x3A);
    public static readonly SKColor LightLeaves = new(0x4C, 0xA8, 0x45);
    public static readonly SKColor Wall = new(0xE8, 0xD6, 0xB0);
    public static readonly SKColor Roof = new(0xB5, 0x3A, 0x2E);
    public static readonly SKColor Window = new(0x9F, 0xD4, 0xF5);
    public static readonly SKColor LitWindow = new(0xFF, 0xDD, 0x6E);
    public static readonly SKColor Door = new(0x6B, 0x3F, 0x1D);
    public static readonly SKColor Wood = new(0xB0, 0x84, 0x52);
    public static readonly SKColor Paint = new(0xFA, 0xFA, 0xF4);
    public static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    public static readonly SKColor Skin = new(0xF1, 0xC2, 0x9A);
    public static readonly SKColor Carrot = new(0xF0, 0x7A, 0x1E);
    public static readonly SKColor Metal = new(0x8F, 0x99, 0xA3);
    public static readonly SKColor Red = new(0xD9, 0x3A, 0x32);
    public static readonly SKColor Blue = new(0x2F, 0x62, 0xD0);
    public static readonly SKColor Green = new(0x3C, 0xA8, 0x5A);
    public static readonly SKColor Yellow = new(0xF5, 0xC8, 0x2A);
    public static readonly SKColor Pink = new(0xE8, 0x6F, 0xA8);
    public static readonly SKColor Grey = new(0x80, 0x80, 0x88);
    public static readonly SKColor Purple = new(0x7B, 0x4F, 0xB8);
    public static readonly SKColor Paper = new(0xF7, 0xF4, 0xEC);
}
