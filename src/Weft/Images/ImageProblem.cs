namespace Weft.Images;

/// <summary>One image that could not be used, and who refers to it.</summary>
/// <param name="Owner">What refers to the image (for example an instance id or "system/instance"), as given to the validator.</param>
/// <param name="Image">A short name for the image: its path, URL or a description of inline data.</param>
/// <param name="Problem">What went wrong, without the image name (for example "file not found").</param>
/// <param name="Kind">The kind of problem, used to group problems in summaries.</param>
public sealed record ImageProblem(string Owner, string Image, string Problem, ImageLoadProblem Kind);
