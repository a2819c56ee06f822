namespace Weft.Tests.Cli;

public sealed class HelpAndTypoTests
{
    private static readonly string[] Commands = ["eval", "report", "generate", "arena", "scores", "meta", "serve", "annotators", "annotations"];

    [Fact]
    public async Task NoArguments_PrintsTheCommandsOneLineEach_AndExitsZero()
    {
        var (code, output, error) = await CliRunner.RunAsync();

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n');
        foreach (var command in Commands)
        {
            // The command's name and its summary share one line, and that line fits a terminal.
            var line = Assert.Single(lines, l => l.TrimStart().StartsWith(command + " ", StringComparison.Ordinal));
            Assert.True(line.Trim().Length > command.Length + 10, line);
            Assert.True(line.TrimEnd().Length <= 80, line);
        }
    }

    [Fact]
    public async Task Help_PrintsTheSameOverviewAsNoArguments()
    {
        var (_, overview, _) = await CliRunner.RunAsync();
        var (code, help, _) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, code);
        Assert.Equal(overview, help);
    }

    [Fact]
    public async Task CommandHelp_StillListsItsOptions_ThoughRequiredOptionsAreMissing()
    {
        var (code, output, error) = await CliRunner.RunAsync("report", "--help");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("--run", output, StringComparison.Ordinal);
        Assert.Contains("--format", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandGroupWithoutSubcommand_ListsItsSubcommands_AndExitsZero()
    {
        var (code, output, error) = await CliRunner.RunAsync("arena");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        foreach (var command in new[] { "sample", "judge", "winrates", "agreement", "rank" })
        {
            Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith(command + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task MisspeltOption_SuggestsTheOption_InOneLine()
    {
        var (code, output, error) = await CliRunner.RunAsync("eval", "--bench", "b.jsonl", "--sytem", "a=a.jsonl");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: weft eval has no option '--sytem'; did you mean --system?" + Environment.NewLine, error);
    }

    [Theory]
    [InlineData(new[] { "evl" }, "error: weft has no command 'evl'; did you mean eval?")]
    [InlineData(new[] { "arena", "smaple" }, "error: weft arena has no command 'smaple'; did you mean sample?")]
    [InlineData(new[] { "report", "--fromat", "json" }, "error: weft report has no option '--fromat'; did you mean --format?")]
    public async Task MisspeltCommandOrOption_SuggestsTheNearestName(string[] args, string expected)
    {
        var (code, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Equal(expected + Environment.NewLine, error);
    }

    [Fact]
    public async Task UnknownOptionFarFromEveryName_PointsToHelp()
    {
        var (code, _, error) = await CliRunner.RunAsync("report", "--run", "r", "--completely-different");

        Assert.Equal(2, code);
        Assert.Equal("error: weft report has no option '--completely-different'; 'weft report --help' lists the options." + Environment.NewLine, error);
    }
}
