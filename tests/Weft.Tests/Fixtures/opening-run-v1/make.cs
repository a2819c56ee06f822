#:project ../../../Weft.Testing/Weft.Testing.csproj
#:package Microsoft.Data.Sqlite

// Remakes this fixture: the bundled sample (first 13 instances) scored with --protocol opening-score by the fake judge
// server (default replies) through the weft command built from this checkout; the run writes run/opening-scores.json.
// Run from anywhere:
//   dotnet run tests/Weft.Tests/Fixtures/opening-run-v1/make.cs
// It replaces run/; commit it only on purpose (see README.md: the point of the fixture is that it was made by an
// older Weft, whose opening-score runs kept their own tables).
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Weft.Testing;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string
    ?? throw new InvalidOperationException("run this file with 'dotnet run make.cs'");
var root = Path.GetFullPath(Path.Combine(here, "..", "..", "..", ".."));
var run = Path.Combine(here, "run");
if (Directory.Exists(run))
{
    Directory.Delete(run, recursive: true);
}

await using var server = await FakeJudgeServer.StartAsync();
await WeftAsync(
    "eval", "--bench", "samples/bench.jsonl", "--system", "strong=samples/outputs/strong.jsonl", "--system", "weak=samples/outputs/weak.jsonl",
    "--limit", "13", "--judge", "openai:fake", "--judge-url", server.OpenAIEndpoint.ToString(), "--run", run, "--protocol", "opening-score");
// A reader that exits leaves an empty write-ahead log behind; checkpointing from the last connection folds any log
// into weft.db and removes it, so the committed file is the whole store.
using (var connection = new SqliteConnection($"Data Source={Path.Combine(run, "weft.db")};Pooling=False"))
{
    connection.Open();
    using var checkpoint = connection.CreateCommand();
    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
    checkpoint.ExecuteNonQuery();
}

if (Directory.EnumerateFiles(run).Any(f => f.EndsWith("-wal", StringComparison.Ordinal) || f.EndsWith("-shm", StringComparison.Ordinal)))
{
    throw new InvalidOperationException("the store was left with a write-ahead log; the committed weft.db would be incomplete");
}

Console.WriteLine($"{server.RequestCount} judge requests; fixture written to {here}");

async Task WeftAsync(params string[] args)
{
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, UseShellExecute = false };
    foreach (var arg in (string[])["run", "--project", "src/Weft.Cli", "--", .. args])
    {
        start.ArgumentList.Add(arg);
    }

    start.Environment["OPENAI_API_KEY"] = "fixture";
    using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"weft {args[0]} exited with {process.ExitCode}");
    }
}
