using Weft.Analysis;
using Weft.Arena;
using Weft.Content;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Server.Annotations;

/// <summary>What the web app shows of a run, read once at start: content, judge verdicts, the summary and the items to annotate.</summary>
internal sealed class RunCatalog
{
    private RunCatalog(
        RunContent content,
        RunResults results,
        IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<VerdictRecord>> verdicts,
        ApplicabilityRules rules,
        Protocols.Rubrics.RubricDefinition? rubric,
        IReadOnlyList<(int Line, Weft.Arena.Battle Battle)>? battles,
        string? battlesFile)
    {
        OwnCriteria = rubric is not null;
        Content = content;
        Results = results;
        Verdicts = verdicts;
        Report = ScoreAnalysis.Summarize(results.Run, results.Criteria, results.Items, results.Metrics);
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
            .Select(s => new ScoringItem(i.Id, s, rubric is not null ? rubric.Decide(new JudgeUnit(i, content.Outputs[(s, i.Id)])).Applicable : [.. rules.Decide(i.Task, content.Outputs[(s, i.Id)].Content).Applicable.Select(Aspects.Key)])))];
        Pairs = battles is null
            ? [.. content.Benchmark.Instances.SelectMany(i =>
            {
                var present = Systems.Where(s => content.Outputs.ContainsKey((s, i.Id))).Order(StringComparer.Ordinal).ToList();
                return present.SelectMany((a, n) => present.Skip(n + 1).Select(b => (i.Id, a, b)));
            })]
            : ChosenPairs(battles, battlesFile!, content);
    }

    /// <summary>True when the run was judged with a protocol file: people then rate on its criteria's own scales and labels.</summary>
    public bool OwnCriteria { get; }

    /// <summary>The run's criteria with their scales, in protocol order.</summary>
    public IReadOnlyList<Criterion> Criteria => Results.Criteria;

    /// <summary>Battles of the battles file left out because a side has no output, or because they repeat an earlier one.</summary>
    public int SkippedBattles { get; private set; }

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

    /// <summary>Reads the run in <paramref name="runFolder"/>; pairwise annotation covers the battles of <paramref name="battlesFile"/> when given, else every pair.</summary>
    /// <exception cref="EvalSetupException">The folder holds no run, or its content files are gone.</exception>
    /// <exception cref="Benchmarks.DataFormatException">The battles file names an instance or a system the run does not have.</exception>
    public static async Task<RunCatalog> LoadAsync(string runFolder, CancellationToken cancellationToken, string? battlesFile = null)
    {
        var battles = battlesFile is null ? null : await BattleFile.ReadLinesAsync(battlesFile, cancellationToken);
        var results = RunResults.Load(runFolder);
        IReadOnlyDictionary<(string, string), IReadOnlyList<VerdictRecord>> verdicts;
        RunConfig config;
        using (var store = SqliteRunStore.Open(runFolder))
        {
            verdicts = store.ReadVerdicts();
            config = store.ReadConfig()!;
        }

        var content = await RunContent.LoadAsync(runFolder, cancellationToken);
        return new RunCatalog(content, results, verdicts, new ApplicabilityRules(TaskRulesText.Parse(config.TaskRules)), config.Rubric(), battles, battlesFile);
    }

    // Battles as `weft arena sample` writes them, in the run's spelling of system names (matched ignoring case) and with
    // the two systems in ordinal order, as the all-pairs default has them; the side shown first is drawn per annotator.
    private List<(string InstanceId, string SystemA, string SystemB)> ChosenPairs(
        IReadOnlyList<(int Line, Weft.Arena.Battle Battle)> battles, string path, RunContent content)
    {
        var errors = new List<Benchmarks.DataError>();
        var seen = new HashSet<(string, string, string)>();
        var pairs = new List<(string, string, string)>();
        foreach (var (line, battle) in battles)
        {
            var a = Systems.FirstOrDefault(s => string.Equals(s, battle.SystemA, StringComparison.OrdinalIgnoreCase));
            var b = Systems.FirstOrDefault(s => string.Equals(s, battle.SystemB, StringComparison.OrdinalIgnoreCase));
            if (!Instances.ContainsKey(battle.InstanceId))
            {
                errors.Add(new(path, line, "instance", $"'{battle.InstanceId}' is not an instance of this run"));
            }

            foreach (var (name, field, found) in new[] { (battle.SystemA, "system_a", a), (battle.SystemB, "system_b", b) }.Where(x => x.Item3 is null))
            {
                errors.Add(new(path, line, field, $"'{name}' is not a system of this run ({string.Join(", ", Systems)})"));
            }

            if (errors.Count > 0 || a is null || b is null)
            {
                continue;
            }

            var (first, second) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!content.Outputs.ContainsKey((first, battle.InstanceId)) || !content.Outputs.ContainsKey((second, battle.InstanceId)) || !seen.Add((battle.InstanceId, first, second)))
            {
                SkippedBattles++;
                continue;
            }

            pairs.Add((battle.InstanceId, first, second));
        }

        return errors.Count > 0 ? throw new Benchmarks.DataFormatException(errors) : pairs;
    }
}
