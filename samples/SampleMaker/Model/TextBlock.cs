namespace Weft.SampleMaker.Model;

/// <summary>A text block, written as <c>{"text": "..."}</c>.</summary>
internal sealed record TextBlock(string Text) : Block;
