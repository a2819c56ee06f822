namespace Weft.Metrics.Reference;

/// <summary>How sentence BLEU treats an n-gram order with no match (Chen and Cherry 2014; names as in sacreBLEU).</summary>
internal enum BleuSmoothing
{
    /// <summary>No smoothing: a zero precision makes the score 0.</summary>
    None,

    /// <summary>A zero match count becomes a small value (default 0.1) over the n-gram total (method 1).</summary>
    Floor,

    /// <summary>k (default 1, "add-one") is added to the match count and the total of every order above 1 (method 2).</summary>
    AddK,

    /// <summary>The i-th order with no match gets precision 1 / (2^i × total) (method 3, NIST; sacreBLEU's default).</summary>
    Exp,
}
