#!/usr/bin/python3
"""The peer of compare-to-baseline's paired tests: statsmodels and scipy on the same paired
predictions (PREFIX.f64 from generate.py), each piece timed with time.perf_counter:

  accuracy  table of paired correctness in numpy + statsmodels mcnemar(exact=False, correction=True),
            and the Wald interval of the accuracy difference in numpy (statsmodels has no Tango
            score interval for paired proportions)
  roc_auc   DeLong's test for two correlated AUCs, the fast algorithm of Sun and Xu (2014) in numpy
            as in the widely copied yandexdataschool/roc_comparison, with the midranks from
            scipy.stats.rankdata (vectorised; that repository's compute_midrank is a Python loop)
  log_loss  per-row log losses in numpy + scipy.stats.ttest_rel, interval mean +/- t * se
  f1        scipy.stats.bootstrap(paired=True, vectorized=True, method='percentile') of the f1
            difference, resampling rows; plus, as a second peer, numpy's multinomial redraw of the
            8 joint confusion cells (the algorithm ours uses)

    /usr/bin/python3 bench/compare/peer_scipy.py run PREFIX [--resamples 2000] [--boot-cap N] [--batch 25] [--seed 0]
    /usr/bin/python3 bench/compare/peer_scipy.py info

--boot-cap N runs scipy.stats.bootstrap with N resamples instead of --resamples and reports the
time measured for N plus the per-resample time (extrapolation is left to the caller, and labelled).
"""
import json
import sys
import time

T_START = time.perf_counter()


def info():
    import numpy
    import scipy
    import statsmodels

    out = {"python": sys.version.split()[0], "numpy": numpy.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__}
    try:
        from threadpoolctl import threadpool_info

        out["blas"] = [{k: d.get(k) for k in ("internal_api", "version", "architecture", "num_threads")} for d in threadpool_info()]
    except Exception as e:  # threadpoolctl missing: not essential
        out["blas"] = f"unknown ({e})"
    print(json.dumps(out))


def fast_delong(y, a, b):
    """DeLong's paired test (Sun and Xu's midrank algorithm). Returns aucs, difference, se, z, p."""
    import numpy as np
    from scipy.stats import norm, rankdata

    pos = y == 1
    m = int(pos.sum())
    n = len(y) - m
    preds = np.vstack([a, b])
    x = preds[:, pos]  # cases
    z = preds[:, ~pos]  # controls
    tx = rankdata(x, axis=1)
    ty = rankdata(z, axis=1)
    tz = rankdata(np.hstack([x, z]), axis=1)
    aucs = tz[:, :m].sum(axis=1) / m / n - (m + 1.0) / 2.0 / n
    v01 = (tz[:, :m] - tx) / n  # per case: share of controls below (+ half the ties)
    v10 = 1.0 - (tz[:, m:] - ty) / m  # per control: share of cases above (+ half the ties)
    cov = np.cov(v01) / m + np.cov(v10) / n
    d = aucs[0] - aucs[1]
    se = float(np.sqrt(cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]))
    zstat = d / se
    return dict(aucs=aucs.tolist(), delta=float(d), se=se, z=float(zstat), p=float(2 * norm.sf(abs(zstat))))


def f1_vec(y, pred, axis=-1):
    tp = np.count_nonzero(y & pred, axis=axis)
    fp = np.count_nonzero(~y & pred, axis=axis)
    fn = np.count_nonzero(y & ~pred, axis=axis)
    return 2.0 * tp / (2.0 * tp + fp + fn)


def run(prefix, resamples, boot_cap, batch, seed):
    global np
    import numpy as np
    from scipy import stats
    from statsmodels.stats.contingency_tables import mcnemar

    t_import = time.perf_counter() - T_START
    t = time.perf_counter()
    allv = np.fromfile(prefix + ".f64", dtype="<f8")
    n = len(allv) // 3
    y, pc, pb = allv[:n], allv[n:2 * n], allv[2 * n:]
    t_load = time.perf_counter() - t
    sec = {"imports": t_import, "load": t_load}
    res = {}
    z95 = stats.norm.ppf(0.975)

    # accuracy: McNemar + Wald interval of the paired difference.
    t = time.perf_counter()
    yb = y == 1
    cc = (pc >= 0.5) == yb
    cb = (pb >= 0.5) == yb
    cells = np.bincount(2 * cb.astype(np.int64) + cc, minlength=4)  # index 2*baseline + candidate correct
    table = [[cells[3], cells[2]], [cells[1], cells[0]]]  # rows: baseline right/wrong; columns: candidate right/wrong
    mc = mcnemar(table, exact=False, correction=True)
    b, c = cells[2], cells[1]
    d = (c - b) / n
    se = np.sqrt(max(0.0, (b + c) / n - d * d) / n)
    sec["accuracy"] = time.perf_counter() - t
    res["accuracy"] = dict(delta=float(d), ci=[float(d - z95 * se), float(d + z95 * se)], mcnemar_statistic=float(mc.statistic), mcnemar_p=float(mc.pvalue), b=int(b), c=int(c))

    # roc_auc: DeLong.
    t = time.perf_counter()
    dl = fast_delong(y, pc, pb)
    sec["roc_auc"] = time.perf_counter() - t
    res["roc_auc"] = dict(delta=dl["delta"], ci=[dl["delta"] - z95 * dl["se"], dl["delta"] + z95 * dl["se"]], p=dl["p"], aucs=dl["aucs"])

    # log_loss: paired t-test on per-row losses.
    t = time.perf_counter()
    eps = np.finfo(np.float64).eps
    lc = -np.log(np.clip(np.where(yb, pc, 1.0 - pc), eps, 1 - eps))
    lb = -np.log(np.clip(np.where(yb, pb, 1.0 - pb), eps, 1 - eps))
    tt = stats.ttest_rel(lc, lb)
    dd = lc - lb
    mean = float(dd.mean())
    se_t = float(dd.std(ddof=1) / np.sqrt(n))
    tcrit = stats.t.ppf(0.975, n - 1)
    sec["log_loss"] = time.perf_counter() - t
    res["log_loss"] = dict(delta=mean, ci=[mean - tcrit * se_t, mean + tcrit * se_t], t=float(tt.statistic), p=float(tt.pvalue))

    # f1: scipy.stats.bootstrap of rows (paired), percentile.
    nb = boot_cap or resamples
    t = time.perf_counter()
    predc = pc >= 0.5
    predb = pb >= 0.5
    stat = lambda yy, a, bb, axis=-1: f1_vec(yy, a, axis) - f1_vec(yy, bb, axis)  # noqa: E731
    bs = stats.bootstrap((yb, predc, predb), stat, paired=True, vectorized=True, n_resamples=nb, batch=batch,
                         method="percentile", confidence_level=0.95, random_state=np.random.default_rng(seed))
    sec["f1_scipy_bootstrap"] = time.perf_counter() - t
    sec["f1_scipy_bootstrap_per_resample"] = sec["f1_scipy_bootstrap"] / nb
    f1d = float(stat(yb, predc, predb))
    res["f1"] = dict(delta=f1d, ci=[float(bs.confidence_interval.low), float(bs.confidence_interval.high)], resamples=nb)

    # f1: numpy multinomial of the 8 joint cells (label x candidate x baseline prediction), the same algorithm as ours.
    t = time.perf_counter()
    cells8 = np.bincount(4 * yb.astype(np.int64) + 2 * predc + predb, minlength=8)
    draws = np.random.default_rng(seed).multinomial(n, cells8 / n, size=resamples)

    def f1_cells(cnt, model):
        yv = (np.arange(8) >> 2) & 1
        pv = (np.arange(8) >> 1) & 1 if model == 0 else np.arange(8) & 1
        tp = cnt[:, (yv == 1) & (pv == 1)].sum(axis=1)
        fp = cnt[:, (yv == 0) & (pv == 1)].sum(axis=1)
        fn = cnt[:, (yv == 1) & (pv == 0)].sum(axis=1)
        return 2.0 * tp / (2.0 * tp + fp + fn)

    dist = f1_cells(draws, 0) - f1_cells(draws, 1)
    lo, hi = np.percentile(dist, [2.5, 97.5])
    sec["f1_numpy_cells"] = time.perf_counter() - t
    res["f1_cells"] = dict(delta=f1d, ci=[float(lo), float(hi)], resamples=resamples)

    print(json.dumps(dict(rows=n, resamples=resamples, scipy_resamples=nb, seconds=sec, results=res)))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "info":
        info()
    elif cmd == "run":
        a = sys.argv[2:]
        opt = lambda name, d: int(a[a.index(name) + 1]) if name in a else d  # noqa: E731
        run(a[0], opt("--resamples", 2000), opt("--boot-cap", 0), opt("--batch", 25), opt("--seed", 0))
    else:
        sys.exit(f"unknown command {cmd}")
