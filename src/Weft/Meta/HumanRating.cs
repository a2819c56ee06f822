namespace Weft.Meta;

/// <summary>
/// One person's score for one aspect of one system's output. <paramref name="Aspect"/> is an aspect key such as
/// "text_quality" (or "overall"); a null <paramref name="Score"/> means the rater marked the aspect N/A, which is not 0.
/// </summary>
public sealed record HumanRating(string InstanceId, string System, string Aspect, string Rater, double? Score, string? Comment = null);
