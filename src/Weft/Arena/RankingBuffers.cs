namespace Weft.Arena;

/// <summary>One thread's scratch for bootstrap fits, and how many of its fits needed the prior.</summary>
internal sealed class RankingBuffers(int systems, int outcomes)
{
    public int[] Counts { get; } = new int[systems * systems * outcomes];

    public double[] Wins { get; } = new double[systems * systems];

    public double[] Scratch { get; } = new double[3 * systems];

    public int Prior { get; set; }
}
