using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Weft.Bench.Support;
using Weft.Runs;

namespace Weft.Bench.Scenarios;

/// <summary>
/// The same judging workload through promptfoo (llm-rubric on fixed outputs via the echo provider) and through weft
/// eval: same items, same image files (as data URIs for promptfoo), same fake judge process, same concurrency.
/// </summary>
internal sealed class PromptfooScenario : IScenario
{
    public const string Version = "0.121.20";

    public string Name => "promptfoo";

    public string Description => $"promptfoo@{Version} llm-rubric vs weft eval on the same items, images, fake judge and concurrency";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var a = new Arguments(args);
        var n = a.Int("--n", 250);
        var systems = a.Int("--systems", 2);
        var imagesPerOutput = a.Int("--images-per-output", 2);
        var concurrency = a.Int("--concurrency", 32);
        var latencyMs = a.Double("--latency-ms", 200);
        var seed = a.Int("--seed", 1);
        var scratch = a.String("--scratch", RepoPaths.DefaultScratch);
        var weftOption = a.String("--weft");
        var install = a.String("--promptfoo-dir", Path.Combine(scratch, "promptfoo-" + Version));
        a.ThrowOnUnknown();

        // Before promptfoo runs for its minute: weft is the second half of the comparison.
        if (await WeftCommand.EnsureAsync(weftOption, cancellationToken) is not { } weft)
        {
            return 2;
        }

        var promptfoo = Path.Combine(install, "node_modules", ".bin", "promptfoo");
        if (!File.Exists(promptfoo) && await InstallAsync(install, cancellationToken) != 0)
        {
            Console.Error.WriteLine($"npm could not install promptfoo@{Version} in {install}; see {Path.Combine(install, "npm.log")}");
            return 2;
        }

        var data = SyntheticBenchmark.Ensure(scratch, n, systems, imagesPerOutput, 512, seed);
        var work = WeftEval.FreshRunFolder(scratch, string.Create(CultureInfo.InvariantCulture, $"promptfoo-n{n}-c{concurrency}"));
        await using var judge = await FakeJudgeProcess.StartAsync(latencyMs, 0, seed, cancellationToken);
        var config = Path.Combine(work, "promptfooconfig.json");
        await File.WriteAllTextAsync(config, Config(data, judge.Endpoint).ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken);

        var environment = new Dictionary<string, string>
        {
            ["OPENAI_API_KEY"] = "bench-dummy-key",
            ["PROMPTFOO_DISABLE_ADAPTIVE_SCHEDULER"] = "true",
            ["PROMPTFOO_DISABLE_TELEMETRY"] = "1",
            ["PROMPTFOO_DISABLE_UPDATE"] = "1",
            ["PROMPTFOO_DISABLE_SHARING"] = "1",
            ["PROMPTFOO_DISABLE_REMOTE_GENERATION"] = "1",
            ["PROMPTFOO_CONFIG_DIR"] = Path.Combine(work, "promptfoo-home"),
        };
        string[] flags =
        [
            "eval", "-c", config, "-j", concurrency.ToString(CultureInfo.InvariantCulture),
            "--no-cache", "--no-table", "--no-progress-bar", "--no-share", "--no-write", "-o", Path.Combine(work, "results.json"),
        ];
        Console.WriteLine($"promptfoo {string.Join(' ', flags)}");
        var peer = await MeasuredRun.RunAsync(promptfoo, flags, environment, Path.Combine(work, "promptfoo.log"), cancellationToken);
        var graded = CountGraded(Path.Combine(work, "results.json"));

        var run = Path.Combine(work, "weft-run");
        var ours = await MeasuredRun.RunAsync(weft, WeftEval.Arguments(data, run, judge.Endpoint, concurrency), WeftEval.Environment(), Path.Combine(work, "weft.log"), cancellationToken);
        if (!File.Exists(Path.Combine(run, SqliteRunStore.FileName)))
        {
            Console.Error.WriteLine($"weft eval exited {ours.ExitCode} without creating a run; see {Path.Combine(work, "weft.log")}");
            return 1;
        }

        var store = StoreFigures.Read(run);

        var ideal = data.Outputs / (concurrency / (latencyMs / 1000));
        string F(double v) => v.ToString("F2", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {data.Outputs:N0} outputs ({n:N0} instances x {systems} systems, {imagesPerOutput} images each), C = {concurrency}, L = {latencyMs} ms, ideal {F(ideal)} s
              promptfoo {Version}   exit {peer.ExitCode}, {graded} graded, wall {F(peer.WallSeconds)} s, CPU {F(peer.CpuSeconds)} s, peak RSS {F(peer.PeakRssKb / 1024.0)} MB
              weft eval           exit {ours.ExitCode}, {store.Judged:N0} judged, wall {F(ours.WallSeconds)} s, CPU {F(ours.CpuSeconds)} s, peak RSS {F(ours.PeakRssKb / 1024.0)} MB
              ratio               promptfoo wall / weft wall = {F(peer.WallSeconds / ours.WallSeconds)}x
              files               {work}
            """));
        return peer.ExitCode is 0 or 100 && ours.ExitCode == 0 ? 0 : 1;
    }

    private static JsonObject Config(SyntheticBenchmark data, Uri judge)
    {
        var grader = new JsonObject
        {
            ["id"] = "openai:chat:fake-judge",
            ["config"] = new JsonObject { ["apiBaseUrl"] = judge.ToString().TrimEnd('/'), ["temperature"] = 0 },
        };
        var tests = new JsonArray();
        var instructions = File.ReadLines(data.BenchFile).Select(l => JsonNode.Parse(l)!["instruction"]!.GetValue<string>()).ToList();
        foreach (var (system, file) in data.Systems)
        {
            var index = 0;
            foreach (var line in File.ReadLines(file))
            {
                var output = JsonNode.Parse(line)!;
                var blocks = output["output"]!.AsArray();
                var text = string.Join("\n\n", blocks.Where(b => b!["text"] is not null).Select(b => b!["text"]!.GetValue<string>()));
                var images = blocks.Where(b => b!["image"] is not null).Select(b => Path.Combine(data.Folder, b!["image"]!.GetValue<string>())).ToList();
                var vars = new JsonObject { ["instruction"] = instructions[index++], ["answer"] = text, ["system"] = system };
                for (var i = 0; i < images.Count; i++)
                {
                    vars[$"image{i + 1}"] = "data:image/jpeg;base64," + Convert.ToBase64String(File.ReadAllBytes(images[i]));
                }

                tests.Add(new JsonObject
                {
                    ["description"] = $"{system} {output["id"]}",
                    ["vars"] = vars,
                    ["assert"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "llm-rubric",
                        ["value"] = "Score the text quality, perceptual quality, image coherence, text-image coherence and helpfulness of the answer, 0 to 5 each.",
                        ["rubricPrompt"] = RubricPrompt(images.Count),
                    }),
                });
            }
        }

        return new JsonObject
        {
            ["description"] = "Weft side-by-side: the InterleavedEval judging workload through llm-rubric",
            ["prompts"] = new JsonArray("{{answer}}"),
            ["providers"] = new JsonArray("echo"),
            ["defaultTest"] = new JsonObject { ["options"] = new JsonObject { ["provider"] = grader } },
            ["tests"] = tests,
        };
    }

    // A chat-format rubric prompt (a JSON string, as promptfoo expects) whose user turn carries the images as data URIs.
    private static string RubricPrompt(int images)
    {
        var parts = new JsonArray(new JsonObject
        {
            ["type"] = "text",
            ["text"] = "Instruction: {{instruction}}\n\nAnswer:\n{{output}}\n\nRubric: {{rubric}}\nReply with JSON: {\"reason\": string, \"pass\": boolean, \"score\": number}.",
        });
        for (var i = 1; i <= images; i++)
        {
            parts.Add(new JsonObject { ["type"] = "image_url", ["image_url"] = new JsonObject { ["url"] = $"{{{{image{i}}}}}" } });
        }

        return new JsonArray(
            new JsonObject { ["role"] = "system", ["content"] = "You grade an interleaved text-and-image answer." },
            new JsonObject { ["role"] = "user", ["content"] = parts }).ToJsonString();
    }

    private static int CountGraded(string results)
    {
        if (!File.Exists(results))
        {
            return 0;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(results));
        return document.RootElement.TryGetProperty("results", out var r) && r.TryGetProperty("results", out var list) ? list.GetArrayLength() : 0;
    }

    private static async Task<int> InstallAsync(string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "package.json"), "{\"private\": true}\n", cancellationToken);
        var start = new ProcessStartInfo("npm") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "install", "--no-audit", "--no-fund", $"promptfoo@{Version}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm not found");
        var output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "npm.log"), await output + await errors, cancellationToken);
        return npm.ExitCode;
    }
}
