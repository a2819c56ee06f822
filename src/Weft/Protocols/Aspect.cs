namespace Weft.Protocols;

/// <summary>The five aspects of InterleavedEval (Liu et al., EMNLP 2024).</summary>
public enum Aspect
{
    /// <summary>Clear, fluent, correct text without repetition or garbage.</summary>
    TextQuality,

    /// <summary>Generated images look natural and free of artifacts.</summary>
    PerceptualQuality,

    /// <summary>Generated images are consistent with each other (style, entities, scene).</summary>
    ImageCoherence,

    /// <summary>Each image matches the text around it.</summary>
    TextImageCoherence,

    /// <summary>The whole output follows the instruction and accomplishes the task.</summary>
    Helpfulness,
}
