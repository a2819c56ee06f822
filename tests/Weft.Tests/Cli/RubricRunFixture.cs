using Weft.Testing;
using static Weft.Tests.Cli.SampleArgs;

namespace Weft.Tests.Cli;

/// <summary>One run of the sample rubric (clarity 1–5, picture_fit 1–5, steps_as_asked yes/no for how-to tasks) judged by the fake judge, shared by a test class.</summary>
public sealed class RubricRunFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();

    public static string Rubric => Path.Combine(TestPaths.Samples, "protocols", "how-to-rubric.json");

    public string Run => folder.File("run");

    public TempFolder Folder => folder;

    public async Task InitializeAsync()
    {
        await using var server = await FakeJudgeServer.StartAsync();
        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--bench", Bench, "--system", Strong, "--system", Weak, "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(),
            "--run", Run, "--protocol", Rubric);
        Assert.True(code == 0, error);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => folder.Dispose();
}
