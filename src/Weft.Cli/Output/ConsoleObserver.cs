using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Weft.Runs;
using Weft.Text;

namespace Weft.Cli.Output;

/// <summary>Shows a run's messages and progress: a live progress bar on a terminal, plain log lines otherwise.</summary>
/// <param name="console">Where to write.</param>
/// <param name="activity">What the run does to each item, for the first progress line and the bar ("Judging" or "Generating").</param>
internal sealed class ConsoleObserver(CliConsole console, string activity = "Judging") : IRunObserver
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private readonly Lock gate = new();
    private TaskCompletionSource? ended;
    private Task? display;
    private ProgressTask? bar;
    private long started;
    private long lastPlain;
    private int startDone;
    private int lastPercent = -1;

    public void Info(string message) => console.Status.MarkupLine(Markup.Escape(message));

    public void Warning(string message) => console.Status.MarkupLine("[yellow]warning:[/] " + Markup.Escape(message));

    public void JudgingStarted(int total, int alreadyDone)
    {
        started = Stopwatch.GetTimestamp();
        startDone = alreadyDone;
        Info(alreadyDone > 0
            ? $"{activity} {Plural.Count(total - alreadyDone, "output")} ({alreadyDone:N0} of {total:N0} already finished by earlier runs)."
            : $"{activity} {Plural.Count(total, "output")}.");
        if (!console.Interactive || total == alreadyDone)
        {
            return;
        }

        var ready = new TaskCompletionSource();
        ended = new TaskCompletionSource();
        display = console.Status.Progress()
            .AutoClear(false)
            .Columns(new ProgressBarColumn { Width = 20 }, new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async context =>
            {
                bar = context.AddTask(activity.ToLowerInvariant(), maxValue: total);
                bar.Value = alreadyDone;
                ready.SetResult();
                await ended.Task;
            });
        ready.Task.Wait();
    }

    public void Progress(RunProgress progress)
    {
        var line = Describe(progress);
        lock (gate)
        {
            if (bar is not null)
            {
                bar.Value = progress.Done;
                bar.Description = Markup.Escape(line);
                return;
            }

            var now = Stopwatch.GetTimestamp();
            var percent = progress.Total == 0 ? 100 : progress.Done * 100 / progress.Total;
            if (progress.Done == progress.Total || percent >= lastPercent + 10 || Stopwatch.GetElapsedTime(lastPlain, now) >= PlainInterval)
            {
                lastPercent = percent - (percent % 10);
                lastPlain = now;
                console.Status.WriteLine(line);
            }
        }
    }

    public void JudgingEnded()
    {
        ended?.TrySetResult();
        display?.GetAwaiter().GetResult();
        bar = null;
    }

    private string Describe(RunProgress p)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        var doneHere = p.Done - startDone;
        var rate = elapsed.TotalSeconds > 0 ? doneHere / elapsed.TotalSeconds : 0;
        var eta = rate > 0 ? TimeSpan.FromSeconds((p.Total - p.Done) / rate) : (TimeSpan?)null;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Done:N0}/{p.Total:N0} · {rate:0.0}/s · ETA {(eta is { } e ? Format(e) : "?")} · tok {Compact(p.InputTokens)}/{Compact(p.OutputTokens)} · err {p.Errors} · retry {p.Retries} · cached {p.CacheHits}");
    }

    private static string Format(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours}h{span.Minutes:00}m" : span.TotalMinutes >= 1 ? $"{span.Minutes}m{span.Seconds:00}s" : $"{span.Seconds}s";

    private static string Compact(long value) => value switch
    {
        >= 1_000_000 => (value / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + "M",
        >= 10_000 => (value / 1e3).ToString("0", CultureInfo.InvariantCulture) + "k",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };
}
