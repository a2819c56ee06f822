namespace Weft.Arena;

/// <summary>One battle to judge: on <paramref name="InstanceId"/>, <paramref name="SystemA"/> (shown as A) against <paramref name="SystemB"/>.</summary>
public sealed record Battle(string InstanceId, string SystemA, string SystemB);
