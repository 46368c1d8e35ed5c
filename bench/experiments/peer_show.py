"""The peer of `modelgate exp show` in bench/experiments: what a team writes by hand over a folder of
run files with pandas -- read every JSON file, flatten params and metrics into columns, filter,
sort, print the table. Same filter and sort as the modelgate side:
  --where 'params.C > 0.5 and metrics.roc_auc >= 0.75' --sort -metrics.roc_auc
"""
import json
import os
import sys

import pandas as pd


def main(folder: str) -> None:
    rows = []
    for name in os.listdir(folder):
        if not name.endswith(".json") or name.startswith("."):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            r = json.load(f)
        row = {"id": r["id"], "created": r["createdAt"], "source": r["source"], "branch": (r.get("git") or {}).get("branch")}
        for k, v in r["params"].items():
            row[f"params.{k}"] = v
        for k, m in r["metrics"].items():
            row[f"metrics.{k}"] = m["value"]
        rows.append(row)
    df = pd.DataFrame(rows)
    c = pd.to_numeric(df["params.C"], errors="coerce")
    df = df[(c > 0.5) & (df["metrics.roc_auc"] >= 0.75)]
    df = df.sort_values("metrics.roc_auc", ascending=False)
    sys.stdout.write(df.to_string(index=False))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
