#!/usr/bin/env python3
"""Writes meta_golden.json: expected values for Weft's meta-evaluation statistics.

Correlations come from SciPy (pearsonr, spearmanr, kendalltau with its default tau-b). SciPy has no Krippendorff's
alpha, so alpha is computed here from the textbook coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
Alpha-Reliability"), independently of Weft's closed form, and checked against that paper's worked example.
Run with Debian's python3-scipy: /usr/bin/python3 make_meta_golden.py
"""
import json
import os

import numpy as np
from scipy import stats

rng = np.random.default_rng(20241112)


def correlations(name, x, y):
    x = [float(v) for v in x]
    y = [float(v) for v in y]
    return {
        "name": name,
        "x": x,
        "y": y,
        "pearson": float(stats.pearsonr(x, y)[0]),
        "spearman": float(stats.spearmanr(x, y)[0]),
        "kendall": float(stats.kendalltau(x, y)[0]),
    }


def alpha(units, metric):
    """Units: lists of values (missing left out). Coincidence matrix, then the textbook formula."""
    pairable = [u for u in units if len(u) >= 2]
    values = sorted({v for u in pairable for v in u})
    index = {v: i for i, v in enumerate(values)}
    o = np.zeros((len(values), len(values)))
    for u in pairable:
        m = len(u)
        for i in range(m):
            for j in range(m):
                if i != j:
                    o[index[u[i]], index[u[j]]] += 1.0 / (m - 1)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    delta = np.zeros_like(o)
    for c in range(len(values)):
        for k in range(len(values)):
            if metric == "interval":
                delta[c, k] = (values[c] - values[k]) ** 2
            else:
                lo, hi = min(c, k), max(c, k)
                delta[c, k] = (n_c[lo:hi + 1].sum() - (n_c[c] + n_c[k]) / 2.0) ** 2
    observed = (o * delta).sum()
    expected = (np.outer(n_c, n_c) * delta).sum()
    return float(1.0 - (n - 1) * observed / expected)


def matrix_case(name, raters_by_unit):
    units = [[v for v in row if v is not None] for row in raters_by_unit]
    return {
        "name": name,
        "matrix": raters_by_unit,
        "alpha_interval": alpha(units, "interval"),
        "alpha_ordinal": alpha(units, "ordinal"),
    }


def pairwise_spearman(matrix):
    raters = len(matrix[0])
    values = []
    for a in range(raters):
        for b in range(a + 1, raters):
            pairs = [(row[a], row[b]) for row in matrix if row[a] is not None and row[b] is not None]
            if len(pairs) < 3:
                continue
            x, y = zip(*pairs)
            if len(set(x)) < 2 or len(set(y)) < 2:
                continue
            values.append(stats.spearmanr(x, y)[0])
    return float(np.mean(values))


def leave_one_out(matrix):
    raters = len(matrix[0])
    result = {"pearson": [], "spearman": [], "kendall": []}
    for r in range(raters):
        x, y = [], []
        for row in matrix:
            others = [v for o, v in enumerate(row) if o != r and v is not None]
            if row[r] is not None and others:
                x.append(row[r])
                y.append(float(np.mean(others)))
        if len(x) < 3 or len(set(x)) < 2 or len(set(y)) < 2:
            continue
        result["pearson"].append(stats.pearsonr(x, y)[0])
        result["spearman"].append(stats.spearmanr(x, y)[0])
        result["kendall"].append(stats.kendalltau(x, y)[0])
    return {k: float(np.mean(v)) for k, v in result.items()}


# Krippendorff (2011), section C: 4 observers (A-D) x 12 units, None = missing; published alphas below.
published = [
    [1, 1, None, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
    [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [None, 5, 5, 5], [None, None, 1, 1], [None, 3, None, None],
]
check = matrix_case("krippendorff_2011", published)
assert round(check["alpha_interval"], 3) == 0.849, check
assert round(check["alpha_ordinal"], 3) == 0.815, check

correlation_cases = [
    correlations("n3_edge", [1, 2, 3], [1, 3, 2]),
    correlations("negative", [1, 2, 3, 4, 5, 6], [6.5, 5, 4.2, 3, 2.5, 0.1]),
    correlations("ties_both_sides", [0, 1, 1, 2, 2, 2, 3, 4, 4, 5], [0, 0, 1, 1, 1, 2, 2, 2, 3, 3]),
    correlations("ties_judge_only", [3, 3, 3, 1, 1, 5, 5, 2], [2.5, 0.1, 1.7, 3.3, 0.2, 2.9, 2.2, 1.0]),
    correlations("human_means", [4, 5, 2, 3, 3, 1, 0, 5, 4, 2, 3, 1], [2, 7 / 3, 1, 5 / 3, 4 / 3, 2 / 3, 0, 3, 2, 1, 2, 1 / 3]),
    correlations("continuous_200", rng.normal(size=200), rng.normal(size=200)),
    correlations("discrete_500", rng.integers(0, 6, size=500), rng.integers(0, 4, size=500)),
]
base = rng.integers(0, 4, size=300)
correlations_dependent = correlations("dependent_300", base + rng.integers(0, 3, size=300), base * 0.5 + rng.normal(size=300))
correlation_cases.append(correlations_dependent)

random_matrix = []
for _ in range(40):
    truth = int(rng.integers(0, 4))
    row = []
    for _ in range(4):
        if rng.random() < 0.2:
            row.append(None)
        else:
            row.append(float(min(3, max(0, truth + int(rng.integers(-1, 2))))))
    random_matrix.append(row)

matrices = [
    check,
    matrix_case("random_missing", random_matrix),
    matrix_case("fractional", [[0.5, 1.0, 1.5], [2.0, 2.5, None], [3.0, 3.0, 2.0], [0.0, 0.5, 0.0], [1.0, None, 1.5]]),
]
agreement = {
    "matrix": random_matrix,
    "mean_pairwise_spearman": pairwise_spearman(random_matrix),
    "leave_one_out": leave_one_out(random_matrix),
}

out = {
    "scipy_version": __import__("scipy").__version__,
    "correlations": correlation_cases,
    "alpha": matrices,
    "agreement": agreement,
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta_golden.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("published example: interval %.6f ordinal %.6f" % (check["alpha_interval"], check["alpha_ordinal"]))
