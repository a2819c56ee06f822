using Weft.Reports;

namespace Weft.Tests.Reports;

public sealed class ReportTextTests
{
    [Theory]
    [InlineData(3.14159, "3.14")]
    [InlineData(2.005, "2.01")] // stored just below 2.005, but rounded as its 15-digit decimal value (DisplayRounding)
    [InlineData(-0.001, "0.00")]
    [InlineData(-1.5, "-1.50")]
    [InlineData(1234.5, "1234.50")]
    public void Number_TwoDecimalsInvariant(double value, string expected) =>
        Assert.Equal(expected, ReportText.Number(value));

    [Fact]
    public void Number_Undefined_IsDash() => Assert.Equal("–", ReportText.Number(null));

    [Fact]
    public void Interval_MissingBound_IsDash()
    {
        Assert.Equal("[1.00, 2.50]", ReportText.Interval(1, 2.5));
        Assert.Equal("–", ReportText.Interval(null, 2.5));
    }

    [Theory]
    [InlineData(0.95, "95%")]
    [InlineData(0.9, "90%")]
    [InlineData(0.999, "99.9%")]
    public void Percent_Label(double level, string expected) => Assert.Equal(expected, ReportText.Percent(level));

    [Fact]
    public void Timestamp_ConvertsToUtcAndKeepsOnlyRealFractions()
    {
        Assert.Equal("2025-03-14T15:09:26Z", ReportText.Timestamp(new DateTimeOffset(2025, 3, 14, 17, 9, 26, TimeSpan.FromHours(2))));
        Assert.Equal("2025-03-14T15:09:26.25Z", ReportText.Timestamp(new DateTimeOffset(2025, 3, 14, 15, 9, 26, 250, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("plain name", "plain name")]
    [InlineData("a|b", @"a\|b")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("[link](http://x)", @"\[link\](http://x)")]
    [InlineData("<script>", @"\<script\>")]
    [InlineData("*bold*", @"\*bold\*")]
    [InlineData("one\ntwo\r\nthree\rfour", "one<br>two<br>three<br>four")]
    [InlineData("tab\there", "tab here")]
    public void EscapeMarkdown_UserText(string value, string expected) =>
        Assert.Equal(expected, ReportText.EscapeMarkdown(value));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("one\ntwo", @"one\ntwo")]
    [InlineData("a\r\nb\tc", @"a\r\nb\tc")]
    [InlineData("bell\u0007", @"bell\u0007")]
    public void EscapePlain_ControlCharactersVisible(string value, string expected) =>
        Assert.Equal(expected, ReportText.EscapePlain(value));
}
