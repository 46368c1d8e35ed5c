#!/usr/bin/python3
"""The production model of workflows-examples/weather: which weather a day had, from its measurements.

It stands for a model trained a year into the project: fitted on 2012 alone, on two measurements
(precipitation and temp_max). The pull request's candidate, retrained by the built-in trainer on
2012-2014 with all four measurements, is compared against it. A multinomial LogisticRegression
(scikit-learn, standardized inputs) written as ONNX the way skl2onnx writes it with zipmap=False:
Scaler -> LinearClassifier(SOFTMAX) with string class labels, outputs `label` and `probabilities`.
Run with Debian's python3 (python3-onnx, python3-sklearn) from the repository root; the output is
deterministic.

    /usr/bin/python3 scripts/examples/weather_model.py

Where scikit-learn and onnx cannot share one interpreter (Debian's scikit-learn needs numpy 1, a
pip-installed onnx numpy 2), fit and write in two steps:

    /usr/bin/python3 scripts/examples/weather_model.py --fit > /tmp/weather-fit.json
    <python with onnx> scripts/examples/weather_model.py --write /tmp/weather-fit.json
"""
import csv
import json
import sys

SRC = "workflows-examples/weather/data/weather-2012-2014.csv"
OUT = "workflows-examples/weather/model.onnx"
FEATURES = ["precipitation", "temp_max"]
YEAR = "2012"


def fit():
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    rows = [r for r in csv.DictReader(open(SRC)) if r["date"].startswith(YEAR)]
    X = np.array([[float(r[f]) for f in FEATURES] for r in rows])
    y = np.array([r["weather"] for r in rows])
    scaler = StandardScaler().fit(X)
    clf = LogisticRegression(max_iter=5000).fit(scaler.transform(X), y)
    f32 = lambda a: [float(v) for v in np.asarray(a, dtype=np.float32).ravel()]
    return {
        "offset": f32(scaler.mean_), "scale": f32(1.0 / scaler.scale_),
        "coefficients": f32(clf.coef_), "intercepts": f32(clf.intercept_),
        "classes": [str(c) for c in clf.classes_],
        "training_accuracy": float(clf.score(scaler.transform(X), y)),
    }


def write(p):
    import onnx
    from onnx import TensorProto, helper

    classes = p["classes"]
    nodes = [
        helper.make_node("Scaler", ["input"], ["scaled"], domain="ai.onnx.ml", name="Scaler",
                         offset=p["offset"], scale=p["scale"]),
        helper.make_node("LinearClassifier", ["scaled"], ["label", "probabilities"], domain="ai.onnx.ml",
                         name="LinearClassifier", coefficients=p["coefficients"], intercepts=p["intercepts"],
                         multi_class=1, post_transform="SOFTMAX", classlabels_strings=classes),
    ]
    graph = helper.make_graph(
        nodes, "weather",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, len(FEATURES)])],
        [helper.make_tensor_value_info("label", TensorProto.STRING, [None]),
         helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, len(classes)])],
        doc_string=f"LogisticRegression on {', '.join(FEATURES)} fitted on the {YEAR} rows of {SRC}; classes {classes}",
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13), helper.make_opsetid("ai.onnx.ml", 1)],
                              producer_name="modelgate scripts/examples/weather_model.py", ir_version=7)
    onnx.checker.check_model(model)
    open(OUT, "wb").write(model.SerializeToString(deterministic=True))
    print(f"wrote {OUT}: classes {classes}, training accuracy {p['training_accuracy']:.3f}", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--fit"]:
        json.dump(fit(), sys.stdout)
    elif sys.argv[1:2] == ["--write"]:
        write(json.load(open(sys.argv[2])))
    else:
        write(fit())
