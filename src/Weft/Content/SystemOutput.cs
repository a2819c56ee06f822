using Microsoft.Extensions.AI;

namespace Weft.Content;

/// <summary>The interleaved content one system produced for one instance.</summary>
/// <param name="System">System name as given by the user (for example "GPT-4o+DALL-E3").</param>
/// <param name="InstanceId">The <see cref="Instance.Id"/> this output answers.</param>
/// <param name="Content">Text and image blocks in the order the system produced them.</param>
public sealed record SystemOutput(string System, string InstanceId, IReadOnlyList<AIContent> Content);
