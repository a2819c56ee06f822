namespace Weft.Meta;

/// <summary>One rating as read from a file, before validation: fields may be missing (null) and the line is kept.</summary>
internal sealed record RatingRow(int Line, string? Instance, string? System, string? Aspect, string? Rater, double? Score, string? Comment);
