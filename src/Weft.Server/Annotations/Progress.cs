namespace Weft.Server.Annotations;

/// <summary>How far an annotator is: items done out of the queue's total, and the position of the first item not done.</summary>
internal sealed record Progress(int Done, int Total, int FirstOpen);
