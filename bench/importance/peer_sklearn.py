#!/usr/bin/python3
"""The peer of `modelgate evaluate-model --importance true`: pandas reads the CSV, and
sklearn.inspection.permutation_importance(scoring="accuracy", n_repeats=5) runs on the same
StandardScaler + LogisticRegression (its fitted parameters from PREFIX.params.json, predicting with
scikit-learn). Prints JSON: seconds to read, seconds of permutation_importance, and the importances.

    /usr/bin/python3 bench/importance/peer_sklearn.py PREFIX [--repeats 5] [--seed 0]
"""
import json
import sys
import time

T0 = time.perf_counter()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402
from sklearn.inspection import permutation_importance  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import Pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402


def main():
    prefix = sys.argv[1]
    repeats = int(sys.argv[sys.argv.index("--repeats") + 1]) if "--repeats" in sys.argv else 5
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 0
    p = json.load(open(prefix + ".params.json"))
    scaler = StandardScaler()
    scaler.mean_ = np.array(p["mean"])
    scaler.scale_ = np.array(p["scale"])
    scaler.var_ = scaler.scale_ ** 2
    scaler.n_features_in_ = len(p["features"])
    clf = LogisticRegression()
    clf.coef_ = np.array([p["coef"]])
    clf.intercept_ = np.array([p["intercept"]])
    clf.classes_ = np.array([0, 1])
    clf.n_features_in_ = len(p["features"])
    pipe = Pipeline([("scaler", scaler), ("clf", clf)])
    t = T_READ = time.perf_counter()
    df = pd.read_csv(prefix + ".csv")
    X, y = df[p["features"]].values, df["y"].values
    read = time.perf_counter() - t
    t = time.perf_counter()
    c = time.process_time()
    r = permutation_importance(pipe, X, y, scoring="accuracy", n_repeats=repeats, random_state=seed)
    pi = time.perf_counter() - t
    cpu = time.process_time() - c
    print(json.dumps(dict(rows=len(y), importSeconds=T_READ - T0, readSeconds=read,
                          importanceSeconds=pi, importanceCpuSeconds=cpu, sklearn=sklearn.__version__,
                          mean={f: float(m) for f, m in zip(p["features"], r.importances_mean)})))


if __name__ == "__main__":
    main()
