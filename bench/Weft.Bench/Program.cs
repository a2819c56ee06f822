using Weft.Bench;

// One line per scenario (see bench/README.md).
IScenario[] scenarios =
[
    new Weft.Bench.Scenarios.ArenaScenario(),
    new Weft.Bench.Scenarios.MetaScenario(),
    new Weft.Bench.Scenarios.FakeJudgeScenario(),
    new Weft.Bench.Scenarios.EndToEndScenario(),
    new Weft.Bench.Scenarios.ImagesScenario(),
    new Weft.Bench.Scenarios.PromptfooScenario(),
    new Weft.Bench.Scenarios.ServeScreenshotScenario(),
    new Weft.Bench.Scenarios.HtmlReportScenario(),
];

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Weft.Bench -- <scenario> [options]");
    Console.WriteLine("scenarios:");
    foreach (var scenario in scenarios)
    {
        Console.WriteLine($"  {scenario.Name,-12} {scenario.Description}");
    }

    Console.WriteLine($"  {"micro",-12} BenchmarkDotNet suites for the hot paths (arguments go to BenchmarkDotNet)");
    return args.Length == 0 ? 2 : 0;
}

if (args[0] == "micro")
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
    return 0;
}

var chosen = scenarios.FirstOrDefault(s => s.Name == args[0]);
if (chosen is null)
{
    Console.Error.WriteLine($"unknown scenario '{args[0]}'; run with --help for the list");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await chosen.RunAsync(args[1..], cancellation.Token);
