"""The continuous optimum with scipy's HiGHS: the comparison side of section 2 of test/bench/constraints.ts.
Reads the problem the bench wrote (T per unit, minutes per unit on every resource, capacities, demand) as JSON,
then times what the library's optimalMix times: building the problem and solving it (scipy.optimize.linprog,
method "highs"). Prints one JSON line with the time (wall and the process's CPU), HiGHS' status and T.

Run: /usr/bin/python3 test/bench/constraints_scipy.py <problem.json>   (Debian's python3-scipy)
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy.optimize import linprog

with open(sys.argv[1]) as file:
    problem = json.load(file)

started = time.perf_counter()
started_cpu = time.process_time()
throughput = np.array(problem["throughput"], dtype=float)
minutes = np.array(problem["minutes"], dtype=float)  # resources × products
capacity = np.array(problem["capacity"], dtype=float)
demand = np.array(problem["demand"], dtype=float)
result = linprog(-throughput, A_ub=minutes, b_ub=capacity, bounds=np.column_stack([np.zeros_like(demand), demand]), method="highs")
finished = time.perf_counter()
finished_cpu = time.process_time()
print(json.dumps({
    "scipy": scipy.__version__,
    "seconds": finished - started,
    "cpuSeconds": finished_cpu - started_cpu,
    "status": int(result.status),
    "optimal": bool(result.status == 0),
    "message": str(result.message),
    "throughput": float(-result.fun) if result.status == 0 else None,
}))
