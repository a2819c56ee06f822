using Weft.Images;

namespace Weft.Runs;

/// <summary>
/// Images that passed the header check before judging but could not be decoded beside it: each ends only the outputs
/// that show it (never judged, never a score), and is added to the run's list of image problems.
/// </summary>
/// <param name="known">The problems found before judging; the list written to the store and file is these and the late ones.</param>
/// <param name="save">Writes the whole list (the store's image problems and image-problems.txt).</param>
internal sealed class LateImageProblems(IReadOnlyList<ImageProblem> known, Action<IReadOnlyList<ImageProblem>> save)
{
    private readonly Lock gate = new();
    private readonly List<ImageProblem> late = [];
    private readonly HashSet<(string Owner, string Image)> seen = [];
    private int outputs;

    /// <summary>Late problems found so far.</summary>
    public IReadOnlyList<ImageProblem> Problems
    {
        get
        {
            lock (gate)
            {
                return [.. late];
            }
        }
    }

    /// <summary>Outputs left unjudged because one of their images could not be decoded.</summary>
    public int Outputs => Volatile.Read(ref outputs);

    /// <summary>Records <paramref name="problems"/> (one owner may be seen again by a later slice; it is listed once) and <paramref name="lost"/> outputs left unjudged.</summary>
    public void Add(IEnumerable<ImageProblem> problems, int lost)
    {
        Interlocked.Add(ref outputs, lost);
        lock (gate)
        {
            var before = late.Count;
            late.AddRange(problems.Where(p => seen.Add((p.Owner, p.Image))));
            if (late.Count > before)
            {
                // Written at once, so that an interrupted run still lists what it found; late problems are rare.
                save([.. known, .. late]);
            }
        }
    }
}
