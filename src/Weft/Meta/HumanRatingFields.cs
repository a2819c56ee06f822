namespace Weft.Meta;

/// <summary>Field names of the human ratings file (contract: instance, system, aspect, rater, score, comment).</summary>
internal static class HumanRatingFields
{
    public const string Instance = "instance";
    public const string System = "system";
    public const string Aspect = "aspect";
    public const string Rater = "rater";
    public const string Score = "score";
    public const string Comment = "comment";

    /// <summary>The optional aspect that rates an output as a whole.</summary>
    public const string Overall = "overall";

    public static readonly string[] All = [Instance, System, Aspect, Rater, Score, Comment];
}
