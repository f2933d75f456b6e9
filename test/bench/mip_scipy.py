"""The whole-unit optimum with scipy's HiGHS: the comparison side of the whole-unit section of the bench
(test/bench/constraints-solver.ts). Reads the same model folder as the library (products.csv, tvc.csv,
usage.csv, demand.csv, resources.csv, written by test/bench/mip-data.ts: per-unit TVC, minutes, whole units),
builds T = price - TVC, the minutes matrix and the demand bounds, and solves the MIP with
scipy.optimize.milp, asking for a proven optimum (mip_rel_gap 0, as the library's default). Prints one JSON
line with its times (the interpreter's start and scipy's import count in the whole-process time the bench
measures), HiGHS' status, T and the gap.

Run: /usr/bin/python3 test/bench/mip_scipy.py <folder>   (Debian's python3-scipy)
"""
import time

started = time.perf_counter()
import csv
import json
import os
import sys

import numpy as np
import scipy
from scipy.optimize import Bounds, LinearConstraint, milp

imported = time.perf_counter()
folder = sys.argv[1]


def rows(name):
    with open(os.path.join(folder, name), newline="") as file:
        return list(csv.DictReader(file))


products = rows("products.csv")
index = {row["id"]: p for p, row in enumerate(products)}
throughput = np.array([float(row["price"]) for row in products])
for row in rows("tvc.csv"):
    throughput[index[row["product_id"]]] -= float(row["amount"])
resources = rows("resources.csv")
resource_index = {row["id"]: r for r, row in enumerate(resources)}
capacity = np.array([float(row["capacity"]) * (60 if row["unit"] == "hour" else 1) for row in resources])
minutes = np.zeros((len(resources), len(products)))
for row in rows("usage.csv"):
    factor = 60 if row["unit"] == "hour" else 1
    minutes[resource_index[row["resource_id"]], index[row["product_id"]]] = float(row["time_per_unit"]) * factor
demand = np.zeros(len(products))
for row in rows("demand.csv"):
    demand[index[row["product_id"]]] = float(row["quantity"])
result = milp(
    -throughput,
    integrality=np.ones(len(products)),
    bounds=Bounds(np.zeros(len(products)), demand),
    constraints=LinearConstraint(minutes, -np.inf, capacity),
    options={"mip_rel_gap": 0},
)
finished = time.perf_counter()
print(json.dumps({
    "scipy": scipy.__version__,
    "importSeconds": imported - started,
    "solveSeconds": finished - imported,
    "totalSeconds": finished - started,
    "status": int(result.status),
    "optimal": bool(result.status == 0),
    "message": str(result.message),
    "throughput": float(-result.fun) if result.status == 0 else None,
    "gap": float(result.mip_gap) if result.status == 0 else None,
    "units": float(np.round(result.x).sum()) if result.status == 0 else None,
}))
