using Weft.SampleMaker.Model;

namespace Weft.SampleMaker.Tasks;

/// <summary>Every instance of the sample, task by task, in the order they are written.</summary>
internal static class SampleCases
{
    public static IReadOnlyList<SampleCase> All() =>
        [.. HowToTasks.Cases(), .. StoryTasks.Cases(), .. ChartTasks.Cases(), .. EditingTasks.Cases()];
}
