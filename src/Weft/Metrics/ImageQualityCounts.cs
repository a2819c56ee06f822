using Microsoft.Extensions.AI;
using Weft.Content;
using Weft.Images;

namespace Weft.Metrics;

/// <summary>How the images of one output sort into exclusive classes: undecodable, blank, exact or near duplicate, or fine.</summary>
/// <remarks>
/// Each image lands in the first class that applies, in the order above, so the counts never overlap and
/// <see cref="Ok"/> is never negative. Duplicates are looked for among the earlier images that are decodable and not
/// blank: two blank images are two blank images, not a blank image and a duplicate.
/// </remarks>
internal sealed record ImageQualityCounts(int Images, int Undecodable, int Blank, int ExactDuplicates, int NearDuplicates)
{
    public int Ok => Images - Undecodable - Blank - ExactDuplicates - NearDuplicates;

    public static ImageQualityCounts Count(
        IEnumerable<AIContent> images, IReadOnlyDictionary<string, ImageFacts> facts, double blankStdDev, int nearDistance)
    {
        var earlier = new List<ImageFacts>();
        int total = 0, undecodable = 0, blank = 0, exact = 0, near = 0;
        foreach (var image in images)
        {
            total++;
            if (!facts.TryGetValue(ContentImages.Key(image), out var fact))
            {
                undecodable++;
            }
            else if (fact.LumaStdDev < blankStdDev)
            {
                blank++;
            }
            else if (earlier.Exists(e => e.Sha256 == fact.Sha256))
            {
                exact++;
            }
            else if (earlier.Exists(e => ImageAnalyzer.HammingDistance(e.PerceptualHash, fact.PerceptualHash) <= nearDistance))
            {
                near++;
                earlier.Add(fact);
            }
            else
            {
                earlier.Add(fact);
            }
        }

        return new ImageQualityCounts(total, undecodable, blank, exact, near);
    }
}
