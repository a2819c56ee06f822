using Weft.Benchmarks;
using Weft.Content;
using Weft.Images;
using Weft.Protocols;
using Weft.Runs;
using Weft.Text;

namespace Weft.Arena;

/// <content>Reading outputs and battles, checking images, opening the run, and the outcome.</content>
public sealed partial class ArenaJudgeRunner
{
    private Task<Dictionary<(string System, string InstanceId), SystemOutput>> ReadOutputsAsync(Dictionary<string, Instance> instances, CancellationToken cancellationToken) =>
        RunScope.ReadOutputsAsync(
            options.Systems,
            instances.ContainsKey,
            (system, found, _) => observer.Info($"System {system.Name}: {Plural.Count(found, "output")} for the {Plural.Count(instances.Count, "selected instance")}."),
            cancellationToken);

    private List<Battle> AllPairs(Benchmark benchmark, Dictionary<string, Instance> instances, Dictionary<(string System, string InstanceId), SystemOutput> outputs)
    {
        var battles = new List<Battle>();
        foreach (var instance in benchmark.Instances.Where(i => instances.ContainsKey(i.Id)))
        {
            for (var a = 0; a < options.Systems.Count; a++)
            {
                for (var b = a + 1; b < options.Systems.Count; b++)
                {
                    var (x, y) = (options.Systems[a].Name, options.Systems[b].Name);
                    if (outputs.ContainsKey((x, instance.Id)) && outputs.ContainsKey((y, instance.Id)))
                    {
                        battles.Add(new Battle(instance.Id, x, y));
                    }
                }
            }
        }

        return battles;
    }

    private async Task<List<Battle>> ReadBattlesAsync(
        Benchmark benchmark, Dictionary<string, Instance> instances, Dictionary<(string System, string InstanceId), SystemOutput> outputs, CancellationToken cancellationToken)
    {
        var path = options.BattlesFile!;
        var known = benchmark.Instances.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var errors = new List<DataError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var battles = new List<Battle>();
        int outside = 0, missing = 0, duplicates = 0;
        foreach (var (line, battle) in await BattleFile.ReadLinesAsync(path, cancellationToken))
        {
            var a = System(battle.SystemA, "system_a", line);
            var b = System(battle.SystemB, "system_b", line);
            if (!known.Contains(battle.InstanceId))
            {
                errors.Add(new DataError(path, line, "instance", $"'{battle.InstanceId}' is not an instance of {options.Benchmark}"));
            }
            else if (a is null || b is null)
            {
                continue;
            }
            else if (!instances.ContainsKey(battle.InstanceId))
            {
                outside++;
            }
            else if (!outputs.ContainsKey((a, battle.InstanceId)) || !outputs.ContainsKey((b, battle.InstanceId)))
            {
                missing++;
            }
            else if (!seen.Add(battle.InstanceId + "\n" + string.Join("\n", new[] { a, b }.Order(StringComparer.Ordinal))))
            {
                duplicates++;
            }
            else
            {
                battles.Add(new Battle(battle.InstanceId, a, b));
            }
        }

        if (errors.Count > 0)
        {
            throw new DataFormatException(errors);
        }

        Note(outside, "is on an instance outside --limit", "are on instances outside --limit");
        Note(missing, "lacks an output of one of its systems", "lack an output of one of their systems");
        Note(duplicates, "repeats an earlier battle (same instance and pair of systems, in either order)", "repeat an earlier battle (same instance and pair of systems, in either order)");
        return battles;

        string? System(string name, string field, int line)
        {
            var match = options.Systems.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                errors.Add(new DataError(path, line, field, $"'{name}' is not one of the systems given with --system ({string.Join(", ", options.Systems.Select(s => s.Name))})"));
            }

            return match?.Name;
        }

        void Note(int count, string one, string many)
        {
            if (count > 0)
            {
                observer.Warning(count == 1 ? $"1 battle in {path} {one}; it is skipped." : $"{Plural.Count(count, "battle")} in {path} {many}; they are skipped.");
            }
        }
    }

    private async Task<ImageCheckResult> CheckImagesAsync(
        List<Battle> battles, Dictionary<string, Instance> instances, Dictionary<(string System, string InstanceId), SystemOutput> outputs, CancellationToken cancellationToken)
    {
        var used = battles.SelectMany(b => new[] { (b.SystemA, b.InstanceId), (b.SystemB, b.InstanceId) }).Distinct().Select(k => outputs[k]);
        var images = RunScope.Images(battles.Select(b => b.InstanceId).Distinct(StringComparer.Ordinal).Select(id => instances[id]), used);
        var result = await new ImageValidator(loader).CheckAsync(images, Environment.ProcessorCount, cancellationToken);
        foreach (var line in result.Summarize(3))
        {
            observer.Warning(line);
        }

        if (result.Problems.Count > 0 && !options.AllowMissingImages && !options.DryRun)
        {
            throw new EvalSetupException(
                $"{Plural.Count(result.Problems.Count, "image")} cannot be used, so nothing was sent to the judge. Fix them, or pass --allow-missing-images to judge with a note in place of each unusable image.");
        }

        return result;
    }

    private RunConfig OpenRun(ArenaStore arena, SqliteRunStore store)
    {
        var settings = options.Settings;
        var asked = new RunConfig(
            PairwiseProtocol.Name, options.Judge.ToString(), PairwisePrompt.Id, PairwisePrompt.Hash, settings.Temperature, settings.MaxOutputTokens,
            false, settings.ImageDetail, settings.MaxImageSide, string.Empty, options.Benchmark, [.. options.Systems.Select(s => s.Name)], time.GetUtcNow(), EvalRunner.WeftVersion);
        return arena.OpenRun(asked, "pairwise", options.RunFolder, observer, store.HoldsReplies());
    }

    private ArenaJudgeOutcome Outcome(ArenaStore arena, List<Battle> battles, long sent, long cacheHits, long inputTokens, long outputTokens, DryRunEstimate? estimate)
    {
        var rows = arena.ReadAll();
        var verdicts = new List<PairwiseVerdict>();
        var orders = new List<PairwiseVerdict>();
        int judged = 0, errors = 0, replyErrors = 0, pending = 0, both = 0, consistent = 0, identical = 0;
        foreach (var battle in battles)
        {
            var ab = rows.GetValueOrDefault((battle.InstanceId, battle.SystemA, battle.SystemB));
            var ba = options.SingleOrder ? null : rows.GetValueOrDefault((battle.InstanceId, battle.SystemB, battle.SystemA));
            PairwiseWinner? mappedAb = ab?.Winner, mappedBa = ba?.Winner is { } w ? PairwiseWinners.Flip(w) : null;
            AddOrder(ab, mappedAb, ShownOrder.AB);
            AddOrder(ba, mappedBa, ShownOrder.BA);
            if (ab?.ErrorKind is not null || ba?.ErrorKind is not null)
            {
                errors++;
                replyErrors += ab?.ErrorKind != ErrorKinds.Transport && ba?.ErrorKind != ErrorKinds.Transport ? 1 : 0;
            }
            else if (mappedAb is not { } x || (!options.SingleOrder && mappedBa is null))
            {
                pending++;
            }
            else if (options.SingleOrder)
            {
                judged++;
                verdicts.Add(new PairwiseVerdict(battle.InstanceId, battle.SystemA, battle.SystemB, x, Source, ShownOrder.AB));
            }
            else
            {
                var y = mappedBa!.Value;
                judged++;
                both++;
                consistent += PairwiseOrderCombiner.AgreeForced(x, y) ? 1 : 0;
                identical += x == y ? 1 : 0;
                verdicts.Add(new PairwiseVerdict(battle.InstanceId, battle.SystemA, battle.SystemB, PairwiseOrderCombiner.Combine(x, y), Source, null));
            }

            void AddOrder(ArenaJudgment? row, PairwiseWinner? mapped, ShownOrder shown)
            {
                if (mapped is { } winner)
                {
                    orders.Add(new PairwiseVerdict(battle.InstanceId, battle.SystemA, battle.SystemB, winner, Source, shown, row!.Explanation));
                }
            }
        }

        return new ArenaJudgeOutcome(
            battles.Count, judged, errors, pending, both, consistent, identical, sent, cacheHits, inputTokens, outputTokens, verdicts, orders, estimate, options.MaxErrorRate)
        {
            ReplyErrors = replyErrors,
        };
    }
}
