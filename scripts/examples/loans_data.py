#!/usr/bin/python3
"""Synthetic loan applications for workflows-examples/loans (the fairness example). SYNTHETIC: no
real person is in this data; it is made to show a fairness gate catching a biased model.

Every applicant has income (thousands), debt_ratio, years_employed and postcode_score; sex and
age_band are the sensitive columns. Whether a loan was repaid depends on income, debt ratio and
years employed only, the same way for everyone. postcode_score is a proxy: it carries sex (a
neighbourhood effect) and nothing about repayment.

- data/history.csv (training): past decisions, recorded with a bias: a third of the women who
  repaid are recorded as not repaid (the label `repaid` in this file is the biased record).
- data/holdout.csv (evaluation): the true outcome, recorded the same way for everyone.

A model trained on history.csv with postcode_score among its features learns the bias through the
proxy; one trained without it (the committed model.onnx, see README) cannot.

Run from the repository root: /usr/bin/python3 scripts/examples/loans_data.py (seeded).
"""
import os

import numpy as np
import pandas as pd

SEED = 1206
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "workflows-examples", "loans", "data")


def applicants(rng, n):
    sex = rng.choice(["F", "M"], size=n, p=[0.48, 0.52])
    age_band = rng.choice(["under 30", "30-50", "over 50"], size=n, p=[0.3, 0.45, 0.25])
    income = np.round(np.exp(rng.normal(np.log(42), 0.4, n)), 1)
    debt_ratio = np.round(np.clip(rng.beta(2, 5, n), 0, 1), 3)
    years = np.round(np.clip(rng.gamma(2, 3, n), 0, 40), 1)
    postcode = np.round(np.where(sex == "F", 0.35, 0.65) + rng.normal(0, 0.12, n), 3)
    z = 0.0 + 0.05 * (income - 42) - 4.0 * (debt_ratio - 0.28) + 0.12 * (years - 6) + rng.normal(0, 0.6, n)
    repaid = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(int)
    return pd.DataFrame(dict(income=income, debt_ratio=debt_ratio, years_employed=years, postcode_score=postcode,
                             sex=sex, age_band=age_band, repaid=repaid))


def main():
    rng = np.random.default_rng(SEED)
    history = applicants(rng, 3000)
    biased = (history.sex == "F") & (history.repaid == 1) & (rng.random(len(history)) < 1 / 3)
    history.loc[biased, "repaid"] = 0
    holdout = applicants(rng, 1500)
    os.makedirs(OUT, exist_ok=True)
    history.to_csv(os.path.join(OUT, "history.csv"), index=False, lineterminator="\n")
    holdout.to_csv(os.path.join(OUT, "holdout.csv"), index=False, lineterminator="\n")


if __name__ == "__main__":
    main()
