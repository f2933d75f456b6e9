"""The ranking plan of a model folder with the greedy fill vectorised in numpy: the second comparison side of
test/bench/constraints.ts. Same job and same plan as constraints_pandas.py (read with pandas' C parser, T per
product, the CCR at full demand, ranking by T per CCR minute, ties by T then id, whole units up to demand within
every capacity), but the fill runs over blocks of products at once: in ranking order, a block's cumulative
minutes show which products still fit whole; products that cannot fit one unit any more are masked out (capacity
only shrinks, so they never fit again); only a product that fits partly is handled on its own. Prints one JSON line.

Run: /usr/bin/python3 test/bench/constraints_numpy.py <folder>   (Debian's python3-numpy and python3-pandas)
"""
import json
import sys
import time

import numpy as np
import pandas as pd

started = time.perf_counter()
folder = sys.argv[1]
products = pd.read_csv(f"{folder}/products.csv", usecols=["id", "price"], dtype={"id": str})
tvc = pd.read_csv(f"{folder}/tvc.csv", usecols=["product_id", "amount"], dtype={"product_id": str})
usage = pd.read_csv(f"{folder}/usage.csv", dtype={"product_id": str, "resource_id": str, "unit": str})
demand = pd.read_csv(f"{folder}/demand.csv", dtype={"product_id": str})
resources = pd.read_csv(f"{folder}/resources.csv", dtype={"id": str, "unit": str})
oe = pd.read_csv(f"{folder}/operating_expenses.csv")
read_seconds = time.perf_counter() - started

ids = products["id"].to_numpy()
index = pd.Index(ids)
n = len(ids)
throughput = products["price"].to_numpy(dtype=float) - np.bincount(index.get_indexer(tvc["product_id"]), weights=tvc["amount"].to_numpy(dtype=float), minlength=n)
resource_index = pd.Index(resources["id"].to_numpy())
m = len(resource_index)
minutes = np.zeros((n, m))
minutes[index.get_indexer(usage["product_id"]), resource_index.get_indexer(usage["resource_id"])] = usage["time_per_unit"].to_numpy(dtype=float) * np.where(usage["unit"].to_numpy() == "hour", 60, 1)
capacity = resources["capacity"].to_numpy(dtype=float) * np.where(resources["unit"].to_numpy() == "hour", 60, 1)
quantity = np.zeros(n)
rows = index.get_indexer(demand["product_id"])
quantity[rows] = demand["quantity"].to_numpy(dtype=float)
upper = quantity.copy()
if "maximum" in demand:
    maximum = demand["maximum"].to_numpy(dtype=float)
    limited = ~np.isnan(maximum)
    upper[rows[limited]] = np.minimum(upper[rows[limited]], maximum[limited])

utilisation = (minutes * quantity[:, None]).sum(axis=0) / capacity
ccr = int(np.argmax(utilisation))
with np.errstate(divide="ignore"):
    ratio = np.where(minutes[:, ccr] > 0, throughput / minutes[:, ccr], np.inf)
order = np.lexsort((ids, -throughput, -ratio))  # the last key sorts first

ordered_minutes = minutes[order]
ordered_upper = np.where(throughput[order] > 0, upper[order], 0.0)
planned_ordered = np.zeros(n)
remaining = capacity.copy()
BLOCK = 4096
position = 0
while position < n:
    end = min(position + BLOCK, n)
    block = ordered_minutes[position:end]
    room = ordered_upper[position:end].copy()
    # A product that cannot fit one unit now never will: capacity only shrinks.
    room[((block > remaining) & (block > 0)).any(axis=1)] = 0
    cumulative = np.cumsum(block * room[:, None], axis=0)
    fits = (cumulative <= remaining).all(axis=1)
    whole = len(fits) if fits.all() else int(np.argmin(fits))
    if whole:
        planned_ordered[position:position + whole] = room[:whole]
        remaining = remaining - cumulative[whole - 1]
        position += whole
    if whole < len(fits):
        # The one product that fits only partly, exactly as the loop does.
        row = ordered_minutes[position]
        used = row > 0
        share = np.where(remaining[used] > 0, remaining[used] // row[used], 0)
        take = min(room[whole], share.min()) if used.any() else room[whole]
        if take > 0:
            planned_ordered[position] = take
            remaining = remaining - row * take
        position += 1

planned = np.zeros(n)
planned[order] = planned_ordered
total = float((throughput * planned).sum())
finished = time.perf_counter()
print(json.dumps({
    "numpy": np.__version__,
    "products": int(n),
    "ccr": str(resources["id"][ccr]),
    "readSeconds": read_seconds,
    "totalSeconds": finished - started,
    "throughput": total,
    "operatingExpense": float(oe["amount"].sum()),
    "unitsPlanned": float(planned.sum()),
}))
