#!/usr/bin/python3
"""Data and scikit-learn model for the importance benchmark (see bench/importance/README.md).

    /usr/bin/python3 bench/importance/generate.py --rows 100000 --seed 42 --prefix bench/work/importance-100000-s42

20 numeric features (normal, lognormal, exponential, on different scales; 12 of them carry signal
of decreasing weight, 8 none) and a binary label from a known logistic model, seeded. A
StandardScaler + LogisticRegression is fitted with scikit-learn on a separate 50,000 rows; its
parameters go to PREFIX.params.json, from which make_onnx.ts writes the same model as ONNX
(the onnx package is not needed). Writes PREFIX.csv (x01..x20,y) and PREFIX.params.json.
"""
import argparse
import json
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

F = 20
FEATURES = [f"x{j + 1:02d}" for j in range(F)]


def draw(rng, rows, w):
    X = np.empty((rows, F))
    for j in range(F):
        kind = j % 3
        X[:, j] = rng.standard_normal(rows) * (1 + j) if kind == 0 else rng.lognormal(0, 0.5, rows) * 10 if kind == 1 else rng.exponential(2.0, rows)
    X = np.round(X, 4)
    z = ((X - X.mean(axis=0)) / X.std(axis=0)) @ w
    y = (rng.random(rows) < 1 / (1 + np.exp(-z))).astype(np.int64)
    return X, y


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--prefix", required=True)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    w = np.array([1.5 / (1 + j) if j < 12 else 0.0 for j in range(F)])
    Xtr, ytr = draw(rng, 50000, w)
    X, y = draw(rng, a.rows, w)
    scaler = StandardScaler().fit(Xtr)
    clf = LogisticRegression(max_iter=2000).fit(scaler.transform(Xtr), ytr)
    df = pd.DataFrame(X, columns=FEATURES)
    df["y"] = y
    df.to_csv(a.prefix + ".csv", index=False, float_format="%.4f", lineterminator="\n")
    params = dict(features=FEATURES, mean=scaler.mean_.tolist(), scale=scaler.scale_.tolist(),
                  coef=clf.coef_[0].tolist(), intercept=float(clf.intercept_[0]))
    json.dump(params, open(a.prefix + ".params.json", "w"))
    print(f"wrote {a.prefix}.csv ({a.rows} rows) and .params.json")


if __name__ == "__main__":
    main()
