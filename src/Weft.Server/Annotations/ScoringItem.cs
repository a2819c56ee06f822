namespace Weft.Server.Annotations;

/// <summary>One output to score: the instance, the system and the aspect keys that apply to it (protocol order).</summary>
internal sealed record ScoringItem(string InstanceId, string System, IReadOnlyList<string> Aspects);
