namespace Weft.SampleMaker.Model;

/// <summary>One block of an interleaved sequence as the generator describes it, before images get file names.</summary>
internal abstract record Block;
