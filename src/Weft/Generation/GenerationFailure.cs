namespace Weft.Generation;

/// <summary>An instance that got no output: it is left out of the outputs file, so evaluation counts it as missing.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Error">Why, in one line.</param>
public sealed record GenerationFailure(string InstanceId, string Error);
