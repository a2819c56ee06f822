using Weft.Analysis;
using Weft.Content;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Server.Annotations;

/// <summary>What the web app shows of a run, read once at start: content, judge verdicts, the summary and the items to annotate.</summary>
internal sealed class RunCatalog
{
    private RunCatalog(RunContent content, RunResults results, IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<VerdictRecord>> verdicts, ApplicabilityRules rules)
    {
        Content = content;
        Results = results;
        Verdicts = verdicts;
        Report = ScoreAnalysis.Summarize(results.Run, results.Aspects, results.Items, results.Metrics);
        Instances = content.Benchmark.Instances.ToDictionary(i => i.Id, StringComparer.Ordinal);
        Systems = [.. results.Run.Systems];
        foreach (var instance in content.Benchmark.Instances)
        {
            Images.AddAll(instance.Input);
            Images.AddAll(instance.Reference ?? []);
        }

        Images.AddAll(content.Outputs.Values.SelectMany(o => o.Content));
        ScoringItems = [.. content.Benchmark.Instances.SelectMany(i => Systems
            .Where(s => content.Outputs.ContainsKey((s, i.Id)))
            .Select(s => new ScoringItem(i.Id, s, [.. rules.Decide(i.Task, content.Outputs[(s, i.Id)].Content).Applicable.Select(Aspects.Key)])))];
        Pairs = [.. content.Benchmark.Instances.SelectMany(i =>
        {
            var present = Systems.Where(s => content.Outputs.ContainsKey((s, i.Id))).Order(StringComparer.Ordinal).ToList();
            return present.SelectMany((a, n) => present.Skip(n + 1).Select(b => (i.Id, a, b)));
        })];
    }

    /// <summary>The benchmark and outputs.</summary>
    public RunContent Content { get; }

    /// <summary>The run as stored.</summary>
    public RunResults Results { get; }

    /// <summary>Judge verdicts by system and instance.</summary>
    public IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<VerdictRecord>> Verdicts { get; }

    /// <summary>The leaderboard statistics.</summary>
    public ScoreReport Report { get; }

    /// <summary>Instances by id.</summary>
    public IReadOnlyDictionary<string, Instance> Instances { get; }

    /// <summary>Systems in run order.</summary>
    public IReadOnlyList<string> Systems { get; }

    /// <summary>Images the app may serve.</summary>
    public ImageIndex Images { get; } = new();

    /// <summary>Every output with its applicable aspects, in benchmark then system order.</summary>
    public IReadOnlyList<ScoringItem> ScoringItems { get; }

    /// <summary>Every (instance, system pair) where both systems have an output; systems in ordinal order.</summary>
    public IReadOnlyList<(string InstanceId, string SystemA, string SystemB)> Pairs { get; }

    /// <summary>Reads the run in <paramref name="runFolder"/>.</summary>
    /// <exception cref="EvalSetupException">The folder holds no run, or its content files are gone.</exception>
    public static async Task<RunCatalog> LoadAsync(string runFolder, CancellationToken cancellationToken)
    {
        var results = RunResults.Load(runFolder);
        IReadOnlyDictionary<(string, string), IReadOnlyList<VerdictRecord>> verdicts;
        RunConfig config;
        using (var store = SqliteRunStore.Open(runFolder))
        {
            verdicts = store.ReadVerdicts();
            config = store.ReadConfig()!;
        }

        var content = await RunContent.LoadAsync(runFolder, cancellationToken);
        return new RunCatalog(content, results, verdicts, new ApplicabilityRules(TaskRulesText.Parse(config.TaskRules)));
    }
}
