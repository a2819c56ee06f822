using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using Weft.Content;
using Weft.Images;
using Weft.Judges;
using Weft.Protocols;
using Weft.Runs;

namespace Weft.Evaluation;

/// <summary>
/// The five-aspect InterleavedEval judge as a Microsoft.Extensions.AI.Evaluation evaluator: one
/// <see cref="NumericMetric"/> per aspect (0–5, the judge's explanation as its reason; no value when N/A).
/// </summary>
/// <remarks>
/// The conversation's user messages give the instance: their first text is the instruction and everything after it
/// (texts and images) is the input context. The model response's contents are the interleaved output. The judge is
/// <see cref="ChatConfiguration.ChatClient"/>; the request, the single repair request and the parsing are those of
/// <c>weft eval</c> (the same judge loop), without its scheduler; with a cache folder, with its request cache.
/// </remarks>
public sealed class InterleavedEvalEvaluator : IEvaluator
{
    private readonly InterleavedEvalProtocol protocol;
    private readonly ImageLoader loader;
    private readonly ImagePreparer preparer;
    private readonly string? cacheFolder;

    /// <summary>
    /// Creates the evaluator; <paramref name="settings"/> default to one request, temperature 0, images up to 1024 px.
    /// With <paramref name="cacheFolder"/>, replies are kept in a run store there and a request asked before is answered
    /// from it, keyed exactly as <c>weft eval</c> keys its requests.
    /// </summary>
    public InterleavedEvalEvaluator(JudgeSettings? settings = null, ApplicabilityRules? rules = null, bool allowRemoteImages = false, string? cacheFolder = null)
    {
        protocol = new InterleavedEvalProtocol(settings ?? new JudgeSettings("evaluator"), rules);
        loader = new ImageLoader(new ImageLoaderOptions { AllowRemote = allowRemoteImages });
        preparer = new ImagePreparer(protocol.Settings.MaxImageSide);
        this.cacheFolder = cacheFolder;
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [.. Aspects.All.Select(Aspects.DisplayName)];

    /// <inheritdoc />
    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(modelResponse);
        ArgumentNullException.ThrowIfNull(chatConfiguration, nameof(chatConfiguration));

        var task = additionalContext?.OfType<InterleavedEvalContext>().FirstOrDefault()?.Task ?? string.Empty;
        var (instance, output) = ToInstance(messages, modelResponse, task);
        var index = await InlineIndex.BuildAsync(instance.Input.Concat(output.Content), loader, cancellationToken);
        var applicability = protocol.Decide(instance, output);
        var verdicts = applicability.NotApplicable.ToDictionary(v => v.Aspect);
        using var materializer = new ImageMaterializer(loader, preparer, protocol.Settings.ImageDetail, index);
        using var store = cacheFolder is null ? null : SqliteRunStore.Open(cacheFolder);
        IChatClient client = new MaterializingChatClient(new ProviderChatClient(chatConfiguration.ChatClient), materializer);
        if (store is not null)
        {
            var config = new RunConfig(
                protocol.Id, protocol.Settings.Model, protocol.PromptId, protocol.PromptHash, protocol.Settings.Temperature, protocol.Settings.MaxOutputTokens,
                protocol.Settings.PerAspect, protocol.Settings.ImageDetail, protocol.Settings.MaxImageSide, string.Empty, "evaluator", [], DateTimeOffset.UtcNow, EvalRunner.WeftVersion);
            client = new StoreCachingChatClient(client, store, protocol.Settings, index, config, TimeProvider.System);
        }

        var loop = new JudgeLoop(protocol, index, new DirectReplySource(client, protocol.Settings.Model));
        foreach (var request in protocol.BuildRequests(instance, output, applicability.Applicable, index))
        {
            var answer = await loop.AskAsync(request, cancellationToken);
            foreach (var given in answer.Given)
            {
                var aspect = InterleavedEvalProtocol.AspectsOf([given.Value.Key])[0];
                verdicts[aspect] = AspectVerdict.Scored(aspect, given.Value.Score, given.Value.Explanation);
            }

            foreach (var problem in answer.Problems)
            {
                var aspect = InterleavedEvalProtocol.AspectsOf([problem.Key])[0];
                verdicts[aspect] = AspectVerdict.Error(aspect, problem.Problem);
            }
        }

        return new EvaluationResult([.. Aspects.All.Select(a => ToMetric(verdicts[a]))]);
    }

    private static (Instance Instance, SystemOutput Output) ToInstance(IEnumerable<ChatMessage> messages, ChatResponse response, string task)
    {
        var user = messages.Where(m => m.Role == ChatRole.User).SelectMany(m => m.Contents).Where(c => c is TextContent || ContentImages.IsImage(c)).ToList();
        var first = user.FindIndex(c => c is TextContent);
        var instruction = first < 0 ? string.Empty : ((TextContent)user[first]).Text;
        var input = user.Where((_, i) => i != first).ToList();
        var output = response.Messages.SelectMany(m => m.Contents).Where(c => c is TextContent || ContentImages.IsImage(c)).ToList();
        return (new Instance("evaluation", task, instruction, input, null, new Dictionary<string, string>()), new SystemOutput("response", "evaluation", output));
    }

    private static NumericMetric ToMetric(AspectVerdict verdict)
    {
        var name = Aspects.DisplayName(verdict.Aspect);
        switch (verdict.Status)
        {
            case VerdictStatus.Scored:
                var score = verdict.Score!.Value;
                return new NumericMetric(name, score, verdict.Explanation)
                {
                    Interpretation = new EvaluationMetricInterpretation(Rating(score), failed: score < 3, reason: $"{score} on the 0–5 InterleavedEval scale"),
                };
            case VerdictStatus.NotApplicable:
                return new NumericMetric(name, null, "Not applicable: " + verdict.Explanation)
                {
                    Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Inconclusive, failed: false, reason: "not applicable to this output"),
                };
            default:
                var metric = new NumericMetric(name, null, verdict.Explanation)
                {
                    Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Inconclusive, failed: true, reason: "the judge gave no valid score"),
                };
                metric.AddDiagnostics(EvaluationDiagnostic.Error("No valid score: " + verdict.Explanation));
                return metric;
        }
    }

    private static EvaluationRating Rating(int score) => score switch
    {
        5 => EvaluationRating.Exceptional,
        4 => EvaluationRating.Good,
        3 => EvaluationRating.Average,
        2 => EvaluationRating.Poor,
        _ => EvaluationRating.Unacceptable,
    };
}
