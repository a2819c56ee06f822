using Weft.Runs;

namespace Weft.Meta;

/// <summary>The outputs of a run that exist (one unit each), with their system and instance indices.</summary>
internal sealed class MetaUnits
{
    private readonly Dictionary<(string InstanceId, string System), int> index = new(OutputKeyComparer.Instance);

    public MetaUnits(RunResults results)
    {
        var systems = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var instances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in results.Items.Where(i => !i.OutputMissing))
        {
            var system = SystemIndex(item.System);
            if (!instances.TryGetValue(item.InstanceId, out var instance))
            {
                instances[item.InstanceId] = instance = instances.Count;
            }

            index[(item.InstanceId, item.System)] = Items.Count;
            Items.Add(item);
            SystemOf.Add(system);
            InstanceOf.Add(instance);
        }

        Systems = systems.Count;
        Instances = instances.Count;

        int SystemIndex(string name)
        {
            if (!systems.TryGetValue(name, out var found))
            {
                systems[name] = found = systems.Count;
            }

            return found;
        }
    }

    public List<ItemResult> Items { get; } = [];

    public List<int> SystemOf { get; } = [];

    public List<int> InstanceOf { get; } = [];

    public int Count => Items.Count;

    public int Systems { get; }

    public int Instances { get; }

    /// <summary>The unit of an output, systems matched case-insensitively; -1 when the run has no such output.</summary>
    public int Find(string instanceId, string system) =>
        index.TryGetValue((instanceId, system), out var unit) ? unit : -1;
}
