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
    /// <summary>Reads a run folder's store and, through its recorded sources, its content; a content problem is kept, not thrown.</summary>
    /// <exception cref="EvalSetupException">The folder holds no run.</exception>
    public static async Task<HtmlReportData> LoadAsync(string runFolder, CancellationToken cancellationToken = default)
    {
        var results = RunResults.Load(runFolder);
        var report = ScoreAnalysis.Summarize(results.Run, results.Aspects, results.Items, results.Metrics);
        IReadOnlyList<InstanceRow> instances;
        IReadOnlyList<OutputRow> outputs;
        IReadOnlyDictionary<(string, string), ItemRecord> items;
        IReadOnlyDictionary<(string, string), IReadOnlyList<VerdictRecord>> verdicts;
        using (var store = SqliteRunStore.Open(runFolder))
        {
            instances = store.ReadInstances();
            outputs = store.ReadOutputs();
            items = store.ReadItems();
            verdicts = store.ReadVerdicts();
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

        return new HtmlReportData(report, instances, outputs, items, verdicts, content, problem);
    }
}
