namespace Weft.Server;

/// <summary>What annotators do in the web app.</summary>
public enum AnnotationMode
{
    /// <summary>Score each applicable aspect of one output on the rating scale (the default).</summary>
    Scoring,

    /// <summary>Compare two systems' outputs for one instance: A, B, Tie(A) or Tie(B).</summary>
    Pairwise,
}
