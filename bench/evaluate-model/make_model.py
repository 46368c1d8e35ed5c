#!/usr/bin/python3
"""Data and model for the evaluate-model benchmark (see bench/evaluate-model/README.md).

    /usr/bin/python3 bench/evaluate-model/make_model.py --rows 1000000 --seed 42 --prefix bench/work/evaluate-model-1000000-s42

Draws 20 numeric features (normal, lognormal and exponential, on different scales) and a binary
label from a known logistic model, seeded with numpy's PCG64. A StandardScaler + LogisticRegression
is fitted with scikit-learn on a separate training sample of 100,000 rows (same process, another
seed stream), and written with onnx.helper as skl2onnx writes it with zipmap=False:
Scaler(offset = mean_, scale = 1/scale_) -> LinearClassifier(coefficients = [-w, w], intercepts =
[-b, b], post_transform LOGISTIC, classlabels_ints [0, 1]) with outputs `label` (int64 [N]) and
`probabilities` (float [N, 2]).

Writes, next to --prefix:
  PREFIX.csv         header x01..x20,y; one row per example, features with 4 decimals
  PREFIX.onnx        the model
  PREFIX.params.json the model's float32 parameters (for the numpy scoring of the peer)
  PREFIX.x.f32       the features as parsed back from the CSV, float32, row-major [rows, 20]
  PREFIX.y.u8        the labels, uint8
The .f32/.u8 files let the in-process timing script feed exactly the values the CLI reads.
"""
import argparse
import json
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import onnx  # noqa: E402
import pandas as pd  # noqa: E402
from onnx import TensorProto, helper  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

F = 20
FEATURES = [f"x{j + 1:02d}" for j in range(F)]


def draw(rng, rows, spec, w, b):
    """Features by `spec` (kind, location, scale) and labels from the true logistic model."""
    X = np.empty((rows, F))
    for j, (kind, loc, scale) in enumerate(spec):
        if kind == "normal":
            X[:, j] = loc + scale * rng.standard_normal(rows)
        elif kind == "lognormal":
            X[:, j] = loc * rng.lognormal(0.0, 0.5, rows)
        else:
            X[:, j] = rng.exponential(scale, rows) + loc
    X = np.round(X, 4)
    z = ((X - X.mean(axis=0)) / X.std(axis=0)) @ w + b
    y = (rng.random(rows) < 1.0 / (1.0 + np.exp(-z))).astype(np.int64)
    return X, y


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=np.float32).ravel()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--prefix", required=True)
    a = ap.parse_args()

    spec_rng = np.random.default_rng([a.seed, 0])
    kinds = ["normal"] * 14 + ["lognormal"] * 3 + ["exponential"] * 3
    spec = [(k, float(spec_rng.uniform(-5, 50)) if k != "lognormal" else float(spec_rng.uniform(1, 20)), float(spec_rng.uniform(0.5, 20))) for k in kinds]
    w = spec_rng.normal(0.0, 0.35, F)  # sd of the logit about 1.6: roc_auc about 0.85
    b = -0.4

    Xtr, ytr = draw(np.random.default_rng([a.seed, 1]), 100_000, spec, w, b)
    scaler = StandardScaler().fit(Xtr)
    clf = LogisticRegression(max_iter=1000).fit(scaler.transform(Xtr), ytr)

    X, y = draw(np.random.default_rng([a.seed, 2]), a.rows, spec, w, b)
    df = pd.DataFrame(X, columns=FEATURES)
    df["y"] = y
    os.makedirs(os.path.dirname(os.path.abspath(a.prefix)), exist_ok=True)
    df.to_csv(a.prefix + ".csv", index=False, float_format="%.4f", lineterminator="\n")

    # The exact values a CSV reader gets back, as the float32 the model is fed.
    back = pd.read_csv(a.prefix + ".csv", float_precision="round_trip")
    assert list(back.columns) == FEATURES + ["y"]
    back[FEATURES].to_numpy(np.float64).astype(np.float32).tofile(a.prefix + ".x.f32")
    back["y"].to_numpy(np.uint8).tofile(a.prefix + ".y.u8")

    coef = clf.coef_.ravel()
    icpt = clf.intercept_
    nodes = [
        helper.make_node("Scaler", ["input"], ["variable"], domain="ai.onnx.ml", name="Scaler",
                         offset=floats(scaler.mean_), scale=floats(1.0 / scaler.scale_)),
        helper.make_node("LinearClassifier", ["variable"], ["label", "probabilities"], domain="ai.onnx.ml",
                         name="LinearClassifier", coefficients=floats(np.concatenate([-coef, coef])),
                         intercepts=floats(np.concatenate([-icpt, icpt])), multi_class=0,
                         post_transform="LOGISTIC", classlabels_ints=[0, 1]),
    ]
    graph = helper.make_graph(nodes, "bench_logreg", [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, F])],
                              [helper.make_tensor_value_info("label", TensorProto.INT64, [None]),
                               helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, 2])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13), helper.make_opsetid("ai.onnx.ml", 1)],
                              producer_name="modelgate bench/evaluate-model/make_model.py", ir_version=7)
    onnx.checker.check_model(model)
    with open(a.prefix + ".onnx", "wb") as fh:
        fh.write(model.SerializeToString(deterministic=True))
    with open(a.prefix + ".params.json", "w") as fh:
        json.dump(dict(features=FEATURES, label="y", offset=floats(scaler.mean_), scale=floats(1.0 / scaler.scale_),
                       coef=floats(coef), intercept=floats(icpt)[0], rows=a.rows, seed=a.seed,
                       positives=int(y.sum())), fh)
    print(f"rows={a.rows} positives={int(y.sum())} csv_bytes={os.path.getsize(a.prefix + '.csv')}")


if __name__ == "__main__":
    main()
