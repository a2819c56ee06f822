namespace Weft.Annotations;

/// <summary>A person invited to annotate a run.</summary>
/// <param name="Name">Their name, as exported in ratings (unique per run, matched case-insensitively).</param>
/// <param name="Created">When their current token was made (UTC): when they were added, or invited again after a revoke.</param>
/// <param name="Revoked">When their token was revoked, or null while it is valid.</param>
public sealed record Annotator(string Name, DateTimeOffset Created, DateTimeOffset? Revoked);
