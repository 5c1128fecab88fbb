# The matplotlib baseline of `bench export` (and packaging/measure-export.sh): the same catalog's tokens vs parameters as a log-log
# scatter, one series per family, written as a 3200 x 1800 PNG (PNG) or 16 x 9 in SVG / PDF. Whole process timed.
#   /usr/bin/python3 mpl-export.py CATALOG.json OUT.(png|svg|pdf)
import json, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
models = json.load(open(sys.argv[1]))["models"]
series = {}
for m in models:
    p = m.get("parameters", {}).get("value"); t = m.get("trainingTokens")
    if p and t:
        xs, ys = series.setdefault(m.get("family", "?"), ([], []))
        xs.append(p); ys.append(t)
fig, ax = plt.subplots(figsize=(16, 9))
items = sorted(series.items(), key=lambda kv: -len(kv[1][0]))
other = ([], [])
for name, (xs, ys) in items[20:]:
    other[0].extend(xs); other[1].extend(ys)
for name, (xs, ys) in items[:20] + ([("Other", other)] if other[0] else []):
    ax.scatter(xs, ys, s=6, label=name)
ax.set_xscale("log"); ax.set_yscale("log")
ax.set_xlabel("Parameters"); ax.set_ylabel("Training tokens"); ax.set_title("Training tokens vs parameters")
ax.legend(fontsize=7, ncol=2)
fig.savefig(sys.argv[2], dpi=200)
