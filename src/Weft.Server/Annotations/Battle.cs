using Weft.Arena;

namespace Weft.Server.Annotations;

/// <summary>One pairwise comparison for one annotator: the systems in canonical (ordinal) order and the side shown first.</summary>
internal sealed record Battle(string InstanceId, string SystemA, string SystemB, ShownOrder Shown);
