#!/usr/bin/python3
"""Writes the golden values that StudentTTests and ConfidenceIntervalTests compare against.

Run with Debian's Python and SciPy (apt-get install -y python3-scipy):
    /usr/bin/python3 make_golden.py
It rewrites student_t.json and mean_ci.json next to this script. The tests read the JSON files and never run Python.
Floats are written with repr(), which round-trips doubles exactly.
"""
import json
import os

import numpy
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))

# The grid the task asks for, plus the edges of the accuracy claim (df up to 1e6, p down to 1e-6) and non-integer df.
DFS = [1, 2, 3, 5, 10, 30, 100, 1000, 100000, 2.5, 7.3, 1000000]
PS = [0.9, 0.95, 0.975, 0.995, 0.9995, 0.000001, 0.025, 0.999999]

# Judge-like scores (integers 0-5), written out so the samples never depend on a generator.
SAMPLES = [
    [3, 5],
    [0, 4, 5],
    [2, 3, 3, 4, 1, 5, 0, 3, 4, 2],
    [4, 3, 5, 2, 4, 4, 3, 1, 5, 4, 3, 2, 0, 4, 5, 3, 3, 4, 2, 5, 4, 1, 3, 4, 5, 2, 3, 4, 4, 3,
     5, 0, 2, 3, 4, 4, 5, 3, 2, 1, 4, 3, 5, 4, 3, 2, 4, 5, 3, 3, 1, 4, 2, 5, 4, 3, 0],
]
LEVELS = [0.90, 0.95, 0.99]


def quantile(p, df):
    # SciPy 1.10's t.ppf (cephes stdtrit) is only good to about 5e-9 relative (t.ppf(0.95, 30) is off by 4.6e-9
    # against 40-digit mpmath), while t.cdf / t.sf are good to about 5e-15. Two Newton steps on the smaller tail
    # bring the quantile to full double precision using SciPy's own CDF.
    t = float(stats.t.ppf(p, df))
    for _ in range(2):
        if p > 0.5:
            t += (float(stats.t.sf(t, df)) - (1.0 - p)) / float(stats.t.pdf(t, df))
        else:
            t -= (float(stats.t.cdf(t, df)) - p) / float(stats.t.pdf(t, df))
    return t


def student_t():
    quantiles = []
    cdf = []
    for df in DFS:
        for p in PS:
            t = quantile(p, df)
            quantiles.append({"df": df, "p": p, "t": t})
            cdf.append({"df": df, "t": t, "cdf": float(stats.t.cdf(t, df))})
            cdf.append({"df": df, "t": -t, "cdf": float(stats.t.cdf(-t, df))})
    return {"generator": "scipy " + scipy.__version__, "quantiles": quantiles, "cdf": cdf}


def mean_ci():
    intervals = []
    for values in SAMPLES:
        data = numpy.array(values, dtype=float)
        n = len(data)
        mean = float(numpy.mean(data))
        sd = float(numpy.std(data, ddof=1))
        se = float(stats.sem(data))
        for level in LEVELS:
            half = quantile(0.5 + level / 2, n - 1) * se
            low, high = mean - half, mean + half
            intervals.append({"values": values, "level": level, "n": n, "mean": mean, "sd": sd, "se": se,
                              "low": float(low), "high": float(high)})
    return {"generator": "scipy " + scipy.__version__, "intervals": intervals}


def write(name, document):
    # One record per line: small diffs when SciPy changes, easy to read by eye.
    lines = ["{"]
    keys = list(document)
    for i, key in enumerate(keys):
        value = document[key]
        end = "," if i < len(keys) - 1 else ""
        if isinstance(value, list):
            lines.append(f"  {json.dumps(key)}: [")
            lines.extend(f"    {json.dumps(item)}" + ("," if j < len(value) - 1 else "") for j, item in enumerate(value))
            lines.append("  ]" + end)
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value)}" + end)
    lines.append("}")
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


write("student_t.json", student_t())
write("mean_ci.json", mean_ci())
