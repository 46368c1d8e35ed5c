#!/usr/bin/python3
"""The peer of `modelgate validate-data` (profile part): pandas read_csv + describe(include='all')
+ null counts, the usual one-liner profile. Prints a one-line summary (rows, columns, total nulls)
so the work cannot be skipped.

    /usr/bin/python3 bench/validate-data/peer_pandas.py data.csv
    /usr/bin/python3 bench/validate-data/peer_pandas.py --info   # versions and the BLAS kernel, as JSON
    /usr/bin/python3 bench/validate-data/peer_pandas.py --compare data.csv data-report.json
        # (not timed) how far modelgate's report is from pandas on the same file, as JSON
"""
import json
import sys


def info():
    import numpy
    import pandas

    out = {"python": sys.version.split()[0], "pandas": pandas.__version__, "numpy": numpy.__version__}
    try:
        from threadpoolctl import threadpool_info

        out["blas"] = [
            {k: d.get(k) for k in ("internal_api", "version", "architecture", "num_threads")} for d in threadpool_info()
        ]
    except Exception as e:  # threadpoolctl missing: not essential
        out["blas"] = f"unknown ({e})"
    print(json.dumps(out))


def main(path):
    import pandas as pd

    df = pd.read_csv(path)
    desc = df.describe(include="all")
    nulls = df.isna().sum()
    print(f"rows={len(df)} columns={df.shape[1]} described={desc.shape[1]} nulls={int(nulls.sum())}")


def compare(path, report_path):
    import pandas as pd

    df = pd.read_csv(path)
    with open(report_path) as f:
        cols = {c["name"]: c for c in json.load(f)["columns"]}
    rel = lambda a, b: abs(a - b) / max(abs(b), 1e-300)
    max_rel_mean_std = 0.0
    min_max_equal = True
    nulls_equal = True
    max_rel_distinct = 0.0
    for name in df.columns:
        s = df[name]
        c = cols[name]
        nulls_equal &= int(s.isna().sum()) == c["nulls"] and int(s.count()) == c["count"]
        if pd.api.types.is_numeric_dtype(s):
            max_rel_mean_std = max(max_rel_mean_std, rel(c["mean"], s.mean()), rel(c["std"], s.std()))
            min_max_equal &= c["min"] == s.min() and c["max"] == s.max()
        else:
            max_rel_distinct = max(max_rel_distinct, rel(c["distinct"], s.nunique()))
    print(json.dumps({"maxRelMeanStd": max_rel_mean_std, "minMaxEqual": bool(min_max_equal), "nullsEqual": bool(nulls_equal), "maxRelDistinct": max_rel_distinct}))


if __name__ == "__main__":
    if sys.argv[1:] == ["--info"]:
        info()
    elif sys.argv[1:2] == ["--compare"]:
        compare(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1])
