#!/usr/bin/python3
"""The peer of `modelgate evaluate-model` on a binary task: pandas reads the CSV, numpy scores the
same logistic regression (the "inference" reference), scikit-learn computes the same binary
metrics as point values, then a percentile bootstrap of roc_auc (roc_auc_score in a loop over
numpy-drawn row resamples). Each piece is timed with time.perf_counter and reported as JSON:

    /usr/bin/python3 bench/evaluate-model/peer_sklearn.py run PREFIX [--boot 1000] [--seed 0]
    /usr/bin/python3 bench/evaluate-model/peer_sklearn.py info
    /usr/bin/python3 bench/evaluate-model/peer_sklearn.py compare PREDICTIONS.csv EVALUATION.json
        # (not timed) scikit-learn's metrics on *our* scores against our evaluation.json

PREFIX.csv and PREFIX.params.json come from make_model.py.
"""
import json
import sys
import time

T_START = time.perf_counter()


def info():
    import numpy
    import pandas
    import scipy
    import sklearn

    out = {"python": sys.version.split()[0], "numpy": numpy.__version__, "scipy": scipy.__version__,
           "sklearn": sklearn.__version__, "pandas": pandas.__version__}
    try:
        from threadpoolctl import threadpool_info

        out["blas"] = [{k: d.get(k) for k in ("internal_api", "version", "architecture", "num_threads")} for d in threadpool_info()]
    except Exception as e:  # threadpoolctl missing: not essential
        out["blas"] = f"unknown ({e})"
    print(json.dumps(out))


def sk_metrics(y, p, threshold=0.5):
    """Every binary metric evaluate-model reports, as scikit-learn computes them; per-metric seconds."""
    import numpy as np
    from sklearn import metrics
    from sklearn.calibration import calibration_curve

    times = {}
    vals = {}

    def timed(name, f):
        t = time.perf_counter()
        vals[name] = f()
        times[name] = time.perf_counter() - t

    timed("threshold", lambda: (p >= threshold).astype(np.int64))
    pred = vals.pop("threshold")
    timed("accuracy", lambda: metrics.accuracy_score(y, pred))
    timed("balanced_accuracy", lambda: metrics.balanced_accuracy_score(y, pred))
    timed("precision", lambda: metrics.precision_score(y, pred))
    timed("recall", lambda: metrics.recall_score(y, pred))
    timed("f1", lambda: metrics.f1_score(y, pred))
    timed("roc_auc", lambda: metrics.roc_auc_score(y, p))
    timed("average_precision", lambda: metrics.average_precision_score(y, p))
    timed("log_loss", lambda: metrics.log_loss(y, p))
    timed("brier_score", lambda: metrics.brier_score_loss(y, p))
    timed("confusion_matrix", lambda: metrics.confusion_matrix(y, pred).tolist())
    timed("calibration_curve", lambda: [a.tolist() for a in calibration_curve(y, p, n_bins=10, strategy="uniform")])

    def ece():
        # Same bins as calibration_curve (uniform): the row-weighted |mean score - positive rate|.
        bins = np.searchsorted(np.linspace(0.0, 1.0, 11)[1:-1], p)
        cnt = np.bincount(bins, minlength=10)
        s = np.bincount(bins, weights=p, minlength=10)
        pos = np.bincount(bins, weights=y, minlength=10)
        return float(np.abs(s - pos).sum() / len(y))

    timed("ece", ece)
    return vals, times


def run(prefix, boot, seed):
    import numpy as np
    import pandas as pd
    from sklearn import metrics

    t_import = time.perf_counter() - T_START
    with open(prefix + ".params.json") as fh:
        prm = json.load(fh)
    t = time.perf_counter()
    df = pd.read_csv(prefix + ".csv")
    X = df[prm["features"]].to_numpy(np.float64)
    y = df[prm["label"]].to_numpy(np.int64)
    t_read = time.perf_counter() - t

    # Inference reference: StandardScaler + LogisticRegression.predict_proba in numpy, float64.
    t = time.perf_counter()
    z = ((X - np.asarray(prm["offset"])) * np.asarray(prm["scale"])) @ np.asarray(prm["coef"]) + prm["intercept"]
    p = 1.0 / (1.0 + np.exp(-z))
    t_infer = time.perf_counter() - t
    # The same scores with the scaler folded into the weights: one matrix-vector product, no temporaries.
    t = time.perf_counter()
    wf = np.asarray(prm["scale"]) * np.asarray(prm["coef"])
    p2 = 1.0 / (1.0 + np.exp(-(X @ wf + (prm["intercept"] - np.asarray(prm["offset"]) @ wf))))
    t_infer_folded = time.perf_counter() - t
    assert np.abs(p2 - p).max() < 1e-9

    t = time.perf_counter()
    vals, per_metric = sk_metrics(y, p)
    t_metrics = time.perf_counter() - t

    # Percentile bootstrap of roc_auc: `boot` resamples of n rows with replacement.
    t = time.perf_counter()
    rng = np.random.default_rng(seed)
    n = len(y)
    reps = np.empty(boot)
    for b in range(boot):
        i = rng.integers(0, n, n)
        reps[b] = metrics.roc_auc_score(y[i], p[i])
    t_boot = time.perf_counter() - t
    ci = np.percentile(reps, [2.5, 97.5]).tolist() if boot > 1 else None

    print(json.dumps(dict(
        rows=n,
        seconds=dict(imports=t_import, read_csv=t_read, inference=t_infer, inference_folded=t_infer_folded, metrics=t_metrics, bootstrap=t_boot,
                     bootstrap_per_resample=t_boot / max(boot, 1), per_metric=per_metric),
        boot=boot,
        metrics={k: v for k, v in vals.items() if not isinstance(v, list)},
        roc_auc_bootstrap_ci=ci,
    )))


def compare(pred_csv, ev_json):
    """scikit-learn on our per-row scores vs our evaluation.json: the largest absolute difference of
    the point values, and confusion matrix / calibration counts equal. Not timed."""
    import numpy as np
    import pandas as pd

    pr = pd.read_csv(pred_csv, float_precision="round_trip")
    with open(ev_json) as fh:
        ev = json.load(fh)
    pos = ev["positiveLabel"]
    y = (pr["label"].astype(str) == str(pos)).to_numpy(np.int64)
    p = pr["score"].to_numpy(np.float64)
    vals, _ = sk_metrics(y, p, ev["threshold"])
    diffs = {}
    for k, v in vals.items():
        if k in ev["metrics"] and not isinstance(v, list):
            diffs[k] = abs(float(v) - float(ev["metrics"][k]["value"]))
    cal_counts = np.bincount(np.searchsorted(np.linspace(0.0, 1.0, 11)[1:-1], p), minlength=10).tolist()
    print(json.dumps(dict(
        rows=len(y),
        maxAbsDiff=max(diffs.values()),
        diffs=diffs,
        confusionEqual=vals["confusion_matrix"] == ev["tables"]["confusion"],
        calibrationCountsEqual=cal_counts == [b["count"] for b in ev["tables"]["calibration"]],
    )))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "info":
        info()
    elif cmd == "run":
        a = sys.argv[2:]
        opt = lambda name, d: int(a[a.index(name) + 1]) if name in a else d  # noqa: E731
        run(a[0], opt("--boot", 1000), opt("--seed", 0))
    elif cmd == "compare":
        compare(sys.argv[2], sys.argv[3])
    else:
        sys.exit(f"unknown command {cmd}")
