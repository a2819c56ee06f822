using Weft.Analysis;

namespace Weft.Tests.Analysis;

public sealed class ConfidenceIntervalTests
{
    [Fact]
    public void Mean_ScipyGolden_MatchesToOneInABillion()
    {
        var failures = new List<string>();
        var cases = Golden.Read("mean_ci.json", "intervals");
        foreach (var c in cases.EnumerateArray())
        {
            var values = c.GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var level = c.GetProperty("level").GetDouble();
            var interval = ConfidenceInterval.Mean(values, level);
            Check(interval.Mean, c.GetProperty("mean").GetDouble(), "mean");
            Check(interval.Low, c.GetProperty("low").GetDouble(), "low");
            Check(interval.High, c.GetProperty("high").GetDouble(), "high");
            Assert.Equal(c.GetProperty("n").GetInt32(), interval.N);
            Assert.Equal(level, interval.Level);

            void Check(double? actual, double expected, string what)
            {
                if (actual is not { } value || Golden.RelativeError(value, expected) > 1e-9)
                {
                    failures.Add($"n={values.Length} level={level} {what}: expected {expected:R}, got {actual:R}");
                }
            }
        }

        Assert.Equal(12, cases.GetArrayLength());
        Assert.Empty(failures);
    }

    [Fact]
    public void Mean_Empty_EverythingUndefined()
    {
        var interval = ConfidenceInterval.Mean([]);
        Assert.Equal(new MeanInterval(0, null, null, null, 0.95), interval);
    }

    [Fact]
    public void Mean_OneValue_MeanButNoBounds()
    {
        var interval = ConfidenceInterval.Mean([4.0]);
        Assert.Equal(new MeanInterval(1, 4.0, null, null, 0.95), interval);
    }

    [Fact]
    public void Mean_AllValuesEqual_ZeroWidthInterval()
    {
        var interval = ConfidenceInterval.Mean([0.1, 0.1, 0.1, 0.1]);
        Assert.Equal(new MeanInterval(4, 0.1, 0.1, 0.1, 0.95), interval);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(95.0)]
    [InlineData(double.NaN)]
    public void Mean_LevelOutsideUnitInterval_Throws(double level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Mean([1.0, 2.0], level));

    [Fact]
    public void Mean_NaNValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Mean([1.0, double.NaN]));
}
