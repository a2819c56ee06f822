using SkiaSharp;

namespace Weft.SampleMaker.Model;

/// <summary>An image block: the drawing is rendered to a PNG whose path is written as <c>{"image": "..."}</c>.</summary>
internal sealed record PictureBlock(Action<SKCanvas> Draw) : Block;
