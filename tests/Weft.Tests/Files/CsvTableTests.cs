using Weft.Files;

namespace Weft.Tests.Files;

public sealed class CsvTableTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("", "")]
    public void Row_Text_QuotedAsRfc4180(string field, string expected) =>
        Assert.Equal(expected + "\r\n", CsvTable.Render("\r\n", t => t.Row(field, null)).TrimEnd(',', '\r', '\n') + "\r\n");

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+cmd", "\"'+cmd\"")]
    [InlineData("-cmd", "\"'-cmd\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("-1+2", "\"'-1+2\"")]
    public void Row_FormulaLikeText_Neutralised(string field, string expected) =>
        Assert.Equal($"{expected},x\n", CsvTable.Render("\n", t => t.Row(field, "x")));

    [Theory]
    [InlineData("-0.5")]
    [InlineData("-3.353")]
    [InlineData("-1E-05")]
    [InlineData("+2")]
    [InlineData("-12")]
    public void Row_Number_WrittenAsIs(string field) =>
        Assert.Equal($"{field},x\n", CsvTable.Render("\n", t => t.Row(field, "x")));

    [Fact]
    public void Row_NewLine_EndsEachRecord() =>
        Assert.Equal("a,b\r\nc,\r\n", CsvTable.Render("\r\n", t =>
        {
            t.Row("a", "b");
            t.Row("c", null);
        }));
}
