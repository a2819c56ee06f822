using Weft.Images;
using Weft.Runs;

namespace Weft.Tests.Runs;

public sealed class LateImageProblemsTests
{
    private static readonly ImageProblem Known = new("s output for a", "/d/a.png", "file not found", ImageLoadProblem.Missing);

    [Fact]
    public void Add_NewProblem_SavesTheKnownAndTheLateOnesTogether()
    {
        var saved = new List<IReadOnlyList<ImageProblem>>();
        var late = new LateImageProblems([Known], saved.Add);
        var broken = new ImageProblem("s output for b", "/d/b.png", "the decoder stopped", ImageLoadProblem.Undecodable);

        late.Add([broken], lost: 1);

        Assert.Equal([Known, broken], Assert.Single(saved));
        Assert.Equal((1, 1), (late.Problems.Count, late.Outputs));
    }

    [Fact]
    public void Add_SameOwnerAndImageAgain_IsListedOnceAndNotSavedAgain()
    {
        var saved = 0;
        var late = new LateImageProblems([], _ => saved++);
        var shared = new ImageProblem("instance b input", "/d/in.png", "the decoder stopped", ImageLoadProblem.Undecodable);

        late.Add([shared], lost: 2);
        late.Add([shared], lost: 2);

        Assert.Equal((1, 1, 4), (saved, late.Problems.Count, late.Outputs));
    }
}
