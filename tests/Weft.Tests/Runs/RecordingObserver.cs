using System.Collections.Concurrent;
using Weft.Runs;

namespace Weft.Tests.Runs;

/// <summary>An observer that keeps every message and progress report for assertions.</summary>
internal sealed class RecordingObserver : IRunObserver
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public IEnumerable<string> Warnings => Lines.Where(l => l.StartsWith("warning: ", StringComparison.Ordinal));

    public RunProgress? Last { get; private set; }

    public void Info(string message) => lines.Enqueue(message);

    public void Warning(string message) => lines.Enqueue("warning: " + message);

    public void JudgingStarted(int total, int alreadyDone) => lines.Enqueue($"started {total} {alreadyDone}");

    public void Progress(RunProgress progress) => Last = progress;

    public void JudgingEnded() => lines.Enqueue("ended");
}
