"""The ranking plan ("battle map") of a model folder with pandas, end to end from CSV: the comparison side
of test/bench/constraints.ts. Same job as the library's large-file path: T per product, the CCR (most
loaded resource at full demand), ranking by T per CCR minute (ties: T, then id), then the greedy fill up
to demand within every resource's capacity, whole units. Prints one JSON line with timings and totals.

Run: /usr/bin/python3 test/bench/constraints_pandas.py <folder>   (Debian's python3-pandas)
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
throughput = products["price"].to_numpy() - tvc.groupby("product_id")["amount"].sum().reindex(ids).fillna(0).to_numpy()
usage["minutes"] = usage["time_per_unit"] * np.where(usage["unit"] == "hour", 60, 1)
minutes = (
    usage.pivot(index="product_id", columns="resource_id", values="minutes")
    .reindex(index=ids, columns=resources["id"])
    .fillna(0)
    .to_numpy()
)
capacity = (resources["capacity"] * np.where(resources["unit"] == "hour", 60, 1)).to_numpy(dtype=float)
demand = demand.set_index("product_id").reindex(ids)
quantity = demand["quantity"].fillna(0).to_numpy()
upper = quantity if "maximum" not in demand else np.minimum(quantity, demand["maximum"].fillna(np.inf).to_numpy())

utilisation = (minutes * quantity[:, None]).sum(axis=0) / capacity
ccr = int(np.argmax(utilisation))
with np.errstate(divide="ignore"):
    ratio = np.where(minutes[:, ccr] > 0, throughput / minutes[:, ccr], np.inf)
order = np.lexsort((ids, -throughput, -ratio))  # the last key sorts first

remaining = capacity.copy()
planned = np.zeros(len(ids))
minutes_list = minutes.tolist()
throughput_list = throughput.tolist()
upper_list = upper.tolist()
remaining_list = remaining.tolist()
resource_count = len(remaining_list)
for p in order.tolist():
    if throughput_list[p] <= 0:
        continue
    room = upper_list[p]
    row = minutes_list[p]
    for r in range(resource_count):
        time_per_unit = row[r]
        if time_per_unit > 0:
            fits = remaining_list[r] // time_per_unit if remaining_list[r] > 0 else 0
            if fits < room:
                room = fits
    if room <= 0:
        continue
    planned[p] = room
    for r in range(resource_count):
        if row[r] > 0:
            remaining_list[r] -= row[r] * room

total = float((throughput * planned).sum())
finished = time.perf_counter()
print(json.dumps({
    "pandas": pd.__version__,
    "products": int(len(ids)),
    "ccr": str(resources["id"][ccr]),
    "readSeconds": read_seconds,
    "totalSeconds": finished - started,
    "throughput": total,
    "operatingExpense": float(oe["amount"].sum()),
    "unitsPlanned": float(planned.sum()),
}))
