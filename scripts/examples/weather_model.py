#!/usr/bin/python3
"""The example model of workflows-examples/weather: which weather a day had, from its measurements.

A multinomial LogisticRegression (scikit-learn, standardized inputs) fitted on 2012-2014 and written
as ONNX the way skl2onnx writes it with zipmap=False: Scaler -> LinearClassifier(SOFTMAX) with
string class labels, outputs `label` and `probabilities`. Run with Debian's python3 (python3-onnx,
python3-sklearn) from the repository root; the output is deterministic.

    /usr/bin/python3 scripts/examples/weather_model.py
"""
import csv

import numpy as np
import onnx
from onnx import TensorProto, helper
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

SRC = "workflows-examples/weather/data/weather-2012-2014.csv"
OUT = "workflows-examples/weather/model.onnx"
FEATURES = ["precipitation", "temp_max", "temp_min", "wind"]

rows = list(csv.DictReader(open(SRC)))
X = np.array([[float(r[f]) for f in FEATURES] for r in rows])
y = np.array([r["weather"] for r in rows])
scaler = StandardScaler().fit(X)
clf = LogisticRegression(max_iter=5000).fit(scaler.transform(X), y)
classes = [str(c) for c in clf.classes_]

f32 = lambda a: [float(v) for v in np.asarray(a, dtype=np.float32).ravel()]
nodes = [
    helper.make_node("Scaler", ["input"], ["scaled"], domain="ai.onnx.ml", name="Scaler",
                     offset=f32(scaler.mean_), scale=f32(1.0 / scaler.scale_)),
    helper.make_node("LinearClassifier", ["scaled"], ["label", "probabilities"], domain="ai.onnx.ml",
                     name="LinearClassifier", coefficients=f32(clf.coef_), intercepts=f32(clf.intercept_),
                     multi_class=1, post_transform="SOFTMAX", classlabels_strings=classes),
]
graph = helper.make_graph(
    nodes, "weather",
    [helper.make_tensor_value_info("input", TensorProto.FLOAT, [None, len(FEATURES)])],
    [helper.make_tensor_value_info("label", TensorProto.STRING, [None]),
     helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, len(classes)])],
    doc_string=f"LogisticRegression on {', '.join(FEATURES)} fitted on {SRC}; classes {classes}",
)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13), helper.make_opsetid("ai.onnx.ml", 1)],
                          producer_name="modelgate scripts/examples/weather_model.py", ir_version=7)
onnx.checker.check_model(model)
open(OUT, "wb").write(model.SerializeToString(deterministic=True))
print(f"wrote {OUT}: classes {classes}, training accuracy {clf.score(scaler.transform(X), y):.3f}")
