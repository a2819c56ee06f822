using System.CommandLine;
using Weft.Scheduling;

namespace Weft.Cli.Commands;

/// <summary>The options every command that calls a model shares: concurrency, rate limits, timeout and retries.</summary>
internal sealed class SchedulerFlags(string concurrencyDescription)
{
    private readonly Option<int> concurrency = new("--concurrency") { Description = concurrencyDescription, DefaultValueFactory = _ => 8 };
    private readonly Option<int?> rpm = new("--rpm") { Description = "Client-side limit of requests per minute." };
    private readonly Option<int?> tpm = new("--tpm") { Description = "Client-side limit of (estimated) tokens per minute." };
    private readonly Option<double> timeout = new("--timeout") { Description = "Seconds allowed for one request attempt.", DefaultValueFactory = _ => 120 };
    private readonly Option<int> retries = new("--retries") { Description = "Retries of a request after transient faults (429, 5xx, timeouts, garbage replies).", DefaultValueFactory = _ => 6 };

    /// <summary>Adds the five options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { concurrency, rpm, tpm, timeout, retries })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The scheduler options given on the command line; a value out of range is a <see cref="UsageException"/> naming the option.</summary>
    public SchedulerOptions Read(ParseResult result) => new(
        EvalCommand.Positive(result.GetValue(concurrency), "--concurrency"),
        result.GetValue(rpm) is { } perMinute ? EvalCommand.Positive(perMinute, "--rpm") : null,
        result.GetValue(tpm) is { } tokens ? EvalCommand.Positive(tokens, "--tpm") : null,
        TimeSpan.FromSeconds(result.GetValue(timeout) is >= 0.01 and <= 86_400 ? result.GetValue(timeout) : throw new UsageException("--timeout must be between 0.01 and 86400 seconds")),
        result.GetValue(retries) is >= 0 and <= 100 ? result.GetValue(retries) : throw new UsageException("--retries must be between 0 and 100"));
}
