#!/usr/bin/python3
"""Derives workflows-examples/weather/data/weather-2016.csv, the weather example's "later year".

NOT observed data. vega-datasets' Seattle series ends in 2015 and no later year is available
offline, so "2016" is the real 2015 rows with one stated change, a kind of shift production
data really shows:

- each date moved to the same day of 2016 (2016 is a leap year: there is no 2016-02-29 row);
- `wind` multiplied by 3.6 and rounded to 0.1: the feed now reports km/h instead of m/s, as
  when an upstream station or export changes its unit without notice;
- precipitation, temperatures and the `weather` label are the real 2015 values, unchanged.

The label is the real one, so a model can be evaluated on these rows; what changed is one input's
scale, which is what the monitor should see as drift and what a model that uses wind decays on.

    /usr/bin/python3 scripts/examples/weather_2016.py      # from the repository root; deterministic
"""
import csv

SRC = "workflows-examples/weather/data/weather-2015.csv"
OUT = "workflows-examples/weather/data/weather-2016.csv"

with open(SRC, newline="") as f:
    rows = list(csv.DictReader(f))
with open(OUT, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    for r in rows:
        assert r["date"].startswith("2015-")
        r = dict(r)
        r["date"] = "2016-" + r["date"][5:]
        r["wind"] = f"{round(float(r['wind']) * 3.6, 1):.1f}"
        w.writerow(r)
