namespace Weft.Analysis;

/// <summary>Judge scores of one aspect over a group of outputs (a system, or a task and system).</summary>
/// <param name="Aspect">Aspect key (for example "text_quality").</param>
/// <param name="N">Number of outputs where the aspect was scored (0 or more).</param>
/// <param name="Mean">Mean score over the N scored outputs; null when N = 0.</param>
/// <param name="CiLow">Lower bound of the Student-t confidence interval of the mean; null when N &lt; 2.</param>
/// <param name="CiHigh">Upper bound of the Student-t confidence interval of the mean; null when N &lt; 2.</param>
/// <param name="NotApplicable">Number of outputs where the aspect did not apply (counted, never averaged).</param>
/// <param name="Errors">Number of outputs where no valid score was obtained (counted, never averaged).</param>
public sealed record AspectStats(string Aspect, int N, double? Mean, double? CiLow, double? CiHigh, int NotApplicable, int Errors);
