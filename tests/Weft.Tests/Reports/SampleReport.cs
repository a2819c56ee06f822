using Weft.Analysis;
using Weft.Runs;

namespace Weft.Tests.Reports;

/// <summary>A small fixed report with the awkward cases every writer must handle.</summary>
internal static class SampleReport
{
    /// <summary>A system name with a pipe, a quote and a comma.</summary>
    public const string OddSystem = "a|b\"c,d";

    /// <summary>A task name with a line break.</summary>
    public const string OddTask = "edit\nline two";

    public static ScoreReport Create()
    {
        var run = new RunInfo(
            "interleaved-eval",
            "openai:gpt-4o",
            "interleaved-eval/v1",
            "9f2c4e1ab37d5c60e8f14a2b9d7c3e5f0a6b8d2c4e1f3a5b7c9d0e2f4a6b8c1d",
            "samples/bench.jsonl",
            ["gpt-4o+dalle3", OddSystem],
            new DateTimeOffset(2025, 3, 14, 16, 9, 26, TimeSpan.FromHours(1)),
            "0.1.0");

        SystemScores[] systems =
        [
            new("gpt-4o+dalle3",
            [
                new("text_quality", 4, 4.25, 3.3698, 5.1302, 0, 0),
                new("image_coherence", 3, 3.6666666666666665, 2.2324, 5.1009, 1, 0),
                new("helpfulness", 4, 3.5, 2.5, 4.5, 0, 0),
            ], 3.8055555555555554, 4, 0, 0),
            new(OddSystem,
            [
                new("text_quality", 1, 2.0, null, null, 0, 0),
                new("image_coherence", 0, null, null, null, 2, 0),
                new("helpfulness", 1, 1.0, null, null, 0, 1),
            ], 1.5, 2, 1, 1),
        ];

        TaskScores[] tasks =
        [
            new(OddTask, "gpt-4o+dalle3",
            [
                new("text_quality", 2, 4.5, -0.0012, 9.0012, 0, 0),
                new("image_coherence", 2, 4.0, 4.0, 4.0, 0, 0),
                new("helpfulness", 2, 3.0, -3.353, 9.353, 0, 0),
            ], 3.8333333333333335, 2, 0, 0),
            new("story", "gpt-4o+dalle3",
            [
                new("text_quality", 2, 4.0, 4.0, 4.0, 0, 0),
                new("image_coherence", 1, 3.0, null, null, 1, 0),
                new("helpfulness", 2, 4.0, -2.353, 10.353, 0, 0),
            ], 3.6666666666666665, 2, 0, 0),
            new("story", OddSystem,
            [
                new("text_quality", 1, 2.0, null, null, 0, 0),
                new("image_coherence", 0, null, null, null, 2, 0),
                new("helpfulness", 1, 1.0, null, null, 0, 1),
            ], 1.5, 2, 1, 1),
        ];

        MetricStats[] metrics =
        [
            new("gpt-4o+dalle3", "text.words", 4, 212.75, 150.0625, 275.4375),
            new(OddSystem, "images.count", 1, 0.0, null, null),
        ];

        return new ScoreReport(run, ["text_quality", "image_coherence", "helpfulness"], systems, tasks, metrics);
    }
}
