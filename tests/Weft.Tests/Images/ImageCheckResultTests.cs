using Weft.Images;

namespace Weft.Tests.Images;

public sealed class ImageCheckResultTests
{
    private static ImageCheckResult With(params ImageProblem[] problems) => new(new Dictionary<string, ImageFacts>(), problems);

    [Fact]
    public void Summarize_SeveralKinds_OneLinePerKindInAFixedOrder()
    {
        var result = With(
            new ImageProblem("i1", "b.jpg", "the decoder stopped", ImageLoadProblem.Undecodable),
            new ImageProblem("i1", "a.jpg", "file not found", ImageLoadProblem.Missing),
            new ImageProblem("i2", "c.jpg", "file not found", ImageLoadProblem.Missing),
            new ImageProblem("i3", "https://x.example/d.png", "not fetched", ImageLoadProblem.RemoteNotAllowed));

        Assert.Equal(
            [
                "2 images missing (a.jpg, c.jpg)",
                "1 remote image not fetched (pass --allow-remote-images to fetch them) (https://x.example/d.png)",
                "1 image could not be decoded (corrupt or truncated) (b.jpg)",
            ],
            result.Summarize(maxExamples: 5));
    }

    [Fact]
    public void Summarize_SameImageForSeveralOwners_CountsTheImageOnce()
    {
        var result = With(
            new ImageProblem("i1", "a.jpg", "file not found", ImageLoadProblem.Missing),
            new ImageProblem("i2", "a.jpg", "file not found", ImageLoadProblem.Missing));

        Assert.Equal(["1 image missing (a.jpg)"], result.Summarize(maxExamples: 5));
    }

    [Fact]
    public void Summarize_NoExamplesWanted_GivesCountsOnly()
    {
        var result = With(
            new ImageProblem("i1", "a.jpg", "file not found", ImageLoadProblem.Missing),
            new ImageProblem("i2", "b.jpg", "file not found", ImageLoadProblem.Missing));

        Assert.Equal(["2 images missing"], result.Summarize(maxExamples: 0));
    }

    [Fact]
    public void Summarize_NegativeExamples_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => With().Summarize(-1));
    }
}
