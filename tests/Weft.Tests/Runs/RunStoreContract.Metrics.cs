using Weft.Images;

namespace Weft.Tests.Runs;

/// <content>Offline metric values and image problems.</content>
public abstract partial class RunStoreContract
{
    [Fact]
    public void SaveMetrics_Twice_ReplacesValues()
    {
        using var store = CreateStore();
        store.SaveMetrics("sys", "i1", [("text.words", 10), ("images.blank", 1)]);

        store.SaveMetrics("sys", "i1", [("text.words", 12)]);

        Assert.Equal([("sys", "i1", "text.words", 12.0)], store.ReadMetrics());
    }

    [Fact]
    public void SaveMetrics_ManyOutputs_ReplacesEachOutputsValuesAndKeepsOthers()
    {
        using var store = CreateStore();
        store.SaveMetrics("sys", "i1", [("text.words", 10), ("images.blank", 1)]);
        store.SaveMetrics("sys", "i3", [("text.words", 7)]);

        store.SaveMetrics([("sys", "i1", [("text.words", 12)]), ("sys", "i2", [("text.words", 5), ("images.blank", 0)])]);

        Assert.Equal(
            [("sys", "i1", "text.words", 12.0), ("sys", "i2", "images.blank", 0.0), ("sys", "i2", "text.words", 5.0), ("sys", "i3", "text.words", 7.0)],
            store.ReadMetrics().Order());
    }

    [Fact]
    public void SaveMetrics_EmptyValues_ClearsThatOutput()
    {
        using var store = CreateStore();
        store.SaveMetrics("sys", "i1", [("text.words", 10)]);

        store.SaveMetrics("sys", "i1", []);

        Assert.Empty(store.ReadMetrics());
    }

    [Fact]
    public void SaveMetrics_KeepsDoublesExactly()
    {
        using var store = CreateStore();
        double[] values = [0.1 + 0.2, 1e-300, -0.0, double.MaxValue, 2.0 / 3.0];

        store.SaveMetrics("sys", "i1", [.. values.Select((v, i) => ($"m{i}", v))]);

        Assert.Equal(values, store.ReadMetrics().OrderBy(m => m.Metric, StringComparer.Ordinal).Select(m => m.Value));
    }

    [Fact]
    public void SaveMetrics_BatchThatFails_LeavesEarlierValues()
    {
        using var store = CreateStore();
        store.SaveMetrics("sys", "i1", [("text.words", 10)]);

        IEnumerable<(string, string, IReadOnlyList<(string, double)>)> Batch()
        {
            yield return ("sys", "i1", [("text.words", 99)]);
            throw new InvalidOperationException("metric failed");
        }

        Assert.Throws<InvalidOperationException>(() => store.SaveMetrics(Batch()));
        Assert.Equal([("sys", "i1", "text.words", 10.0)], store.ReadMetrics());
    }

    [Fact]
    public void ReplaceImageProblems_KeepsOnlyTheLastListInItsOrder()
    {
        using var store = CreateStore();
        store.ReplaceImageProblems([new ImageProblem("x input", "a.png", "file not found", ImageLoadProblem.Missing), new ImageProblem("x input", "b.png", "file not found", ImageLoadProblem.Missing)]);

        ImageProblem[] last = [new ImageProblem("y output", "c.png", "cannot decode", ImageLoadProblem.Undecodable), new ImageProblem("a output", "b.png", "file not found", ImageLoadProblem.Missing)];
        store.ReplaceImageProblems(last);

        Assert.Equal(last, store.ReadImageProblems());
        store.ReplaceImageProblems([]);
        Assert.Empty(store.ReadImageProblems());
    }

    [Fact]
    public void ReplaceImageProblems_ThatFailsHalfWay_KeepsTheEarlierList()
    {
        using var store = CreateStore();
        ImageProblem[] earlier = [new ImageProblem("x input", "a.png", "file not found", ImageLoadProblem.Missing)];
        store.ReplaceImageProblems(earlier);

        Assert.ThrowsAny<Exception>(() => store.ReplaceImageProblems(new FailingList<ImageProblem>(new ImageProblem("y output", "c.png", "cannot decode", ImageLoadProblem.Undecodable))));

        Assert.Equal(earlier, store.ReadImageProblems());
    }
}
