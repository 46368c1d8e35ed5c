#!/usr/bin/python3
"""Paired predictions for the compare benchmark (see bench/compare/README.md).

    /usr/bin/python3 bench/compare/generate.py --rows 1000000 --seed 42 --prefix bench/work/compare-1000000-s42

Two binary classifiers scored on the same rows, seeded (numpy PCG64): a 0/1 label with about 35%
positives, and the positive-class probabilities of a baseline and of a slightly better candidate
that share most of their signal (so their errors are correlated, as two versions of one model's
are). Probabilities are rounded to float32, as onnxruntime returns them, so tied scores occur.

Writes PREFIX.f64: three little-endian float64 arrays one after the other, [y (rows), candidate
(rows), baseline (rows)], and PREFIX.json with rows and seed. Both sides read the same bytes.
"""
import argparse
import json

import numpy as np


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--prefix", required=True)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    n = a.rows
    y = (rng.random(n) < 0.35).astype(np.float64)
    shared = rng.standard_normal(n)  # what both models see
    zb = -0.9 + 1.30 * y + 0.9 * shared + 0.60 * rng.standard_normal(n)
    zc = -0.9 + 1.36 * y + 0.9 * shared + 0.55 * rng.standard_normal(n)
    sig = lambda z: (1.0 / (1.0 + np.exp(-z))).astype(np.float32).astype(np.float64)  # noqa: E731
    out = np.concatenate([y, sig(zc), sig(zb)]).astype("<f8")
    out.tofile(a.prefix + ".f64")
    with open(a.prefix + ".json", "w") as fh:
        json.dump(dict(rows=n, seed=a.seed, layout="float64 LE: y[rows], candidate[rows], baseline[rows]"), fh)
    print(f"rows={n} positives={int(y.sum())}")


if __name__ == "__main__":
    main()
