namespace Weft.Arena;

/// <summary>One battle to judge: on <paramref name="InstanceId"/>, <paramref name="SystemA"/> against <paramref name="SystemB"/> (names as given to the run).</summary>
public sealed record BattleToJudge(string InstanceId, string SystemA, string SystemB);
