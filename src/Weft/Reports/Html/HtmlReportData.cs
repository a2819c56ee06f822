using Weft.Analysis;
using Weft.Benchmarks;
using Weft.Runs;

namespace Weft.Reports.Html;

/// <summary>Everything the HTML report shows of a run: its scores, its verdicts with explanations, and its content when readable.</summary>
/// <param name="Report">Scores per system and task.</param>
/// <param name="Instances">The run's instances in benchmark order.</param>
/// <param name="Outputs">Whether each system has an output per instance.</param>
/// <param name="Items">How judging each output finished (absent for outputs not judged).</param>
/// <param name="Verdicts">Aspect verdicts with explanations, by system and instance.</param>
/// <param name="Content">Texts and images re-read from the run's sources, or null when they cannot be read.</param>
/// <param name="ContentProblem">Why <paramref name="Content"/> is null, shown in the report; null when it was read.</param>
public sealed record HtmlReportData(
    ScoreReport Report,
    IReadOnlyList<InstanceRow> Instances,
    IReadOnlyList<OutputRow> Outputs,
    IReadOnlyDictionary<(string System, string InstanceId), ItemRecord> Items,
    IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<VerdictRecord>> Verdicts,
    RunContent? Content,
    string? ContentProblem)
{
    /// <summary>Refine notes (pictures drawn more than once or failing their check) by system and instance, from the steps files beside the outputs; empty when there are none.</summary>
    public IReadOnlyDictionary<(string System, string InstanceId), IReadOnlyList<HtmlRefinePicture>> Refines { get; init; } =
        new Dictionary<(string, string), IReadOnlyList<HtmlRefinePicture>>();

    /// <summary>Problems that left something out of the report without stopping it (a steps file that does not read), one line each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Reads a run folder's store and, through its recorded sources, its content; a content problem is kept, not thrown.</summary>
    /// <exception cref="EvalSetupException">The folder holds no run.</exception>
    public static async Task<HtmlReportData> LoadAsync(string runFolder, CancellationToken cancellationToken = default)
    {
        var results = RunResults.Load(runFolder);
        var report = ScoreAnalysis.Summarize(results.Run, results.Criteria, results.Items, results.Metrics);
        IReadOnlyList<InstanceRow> instances;
        IReadOnlyList<OutputRow> outputs;
        IReadOnlyDictionary<(string, string), ItemRecord> items;
        IReadOnlyDictionary<(string, string), IReadOnlyList<VerdictRecord>> verdicts;
        RunSources? sources;
        using (var store = SqliteRunStore.Open(runFolder))
        {
            instances = store.ReadInstances();
            outputs = store.ReadOutputs();
            items = store.ReadItems();
            verdicts = store.ReadVerdicts();
            sources = store.ReadSources();
        }

        RunContent? content = null;
        string? problem = null;
        try
        {
            content = await RunContent.LoadAsync(runFolder, cancellationToken);
        }
        catch (EvalSetupException e)
        {
            problem = e.Message;
        }
        catch (DataFormatException e)
        {
            problem = "The run's benchmark or outputs no longer read cleanly: " + e.Message;
        }

        var warnings = new List<string>();
        var refines = new Dictionary<(string, string), IReadOnlyList<HtmlRefinePicture>>();
        foreach (var system in sources?.Systems ?? [])
        {
            foreach (var (instanceId, pictures) in await RefineStepsFile.ReadAsync(system.Path, warnings, cancellationToken))
            {
                refines[(system.Name, instanceId)] = pictures;
            }
        }

        return new HtmlReportData(report, instances, outputs, items, verdicts, content, problem) { Refines = refines, Warnings = warnings };
    }
}
