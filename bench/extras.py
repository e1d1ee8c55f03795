"""Measures of the benchmark suite that need their own process: naive pandas path, JupySQL,
first chart in a fresh kernel, and Python memory of the engine path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

NAIVE = r"""
import json, resource, sys, time
t = time.perf_counter()
import duckdb, pandas, plotly.express as px  # imported before the cap: the cap is for the data
cap = int(sys.argv[2]) * 2**20
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
df = duckdb.connect(sys.argv[1], read_only=True).sql("SELECT category, amount FROM sales").df()
fig = px.histogram(df, x="category", y="amount", histfunc="sum")
size = len(fig.to_json())
print(json.dumps({"ms": (time.perf_counter() - t) * 1000, "bytes": size,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

JUPYSQL = r"""
import json, os, sys, time
os.environ["PLOOMBER_STATS_ENABLED"] = "false"
from IPython.core.interactiveshell import InteractiveShell
ip = InteractiveShell.instance()
ip.run_line_magic("load_ext", "sql")
ip.run_line_magic("config", "SqlMagic.displaylimit = 0")
ip.run_line_magic("sql", "duckdb:///" + sys.argv[1])
import matplotlib; matplotlib.use("Agg")
t = time.perf_counter()
r = ip.run_line_magic("sqlplot", "histogram --table sales --column amount")
ok = r is not None
print(json.dumps({"ms": (time.perf_counter() - t) * 1000, "ok": ok}))
"""


def naive(path: Path, cap_mb: int = 2048) -> dict[str, object]:
    """pandas + plotly.express over every row, in a subprocess limited to ``cap_mb`` of address space."""
    proc = subprocess.run(
        [sys.executable, "-c", NAIVE, str(path), str(cap_mb)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["killed"])[-1]
        return {"ok": False, "error": last[:120], "cap_mb": cap_mb}
    return {"ok": True, "cap_mb": cap_mb, **json.loads(proc.stdout.strip().splitlines()[-1])}


def jupysql(path: Path) -> dict[str, object]:
    """JupySQL ``%sqlplot histogram`` (matplotlib; the closest it has to our charts)."""
    try:
        import sql  # noqa: F401
    except ImportError:
        return {
            "ok": False,
            "error": "jupysql is not installed (pip install jupysql duckdb-engine)",
        }
    proc = subprocess.run(
        [sys.executable, "-c", JUPYSQL, str(path)], capture_output=True, text=True, timeout=600
    )
    if proc.returncode != 0:
        return {"ok": False, "error": (proc.stderr.strip().splitlines() or ["failed"])[-1][:120]}
    return {"ok": True, **json.loads(proc.stdout.strip().splitlines()[-1])}


def first_chart(path: Path) -> dict[str, float]:
    """A fresh kernel: ``%load_ext`` then one ``%%chart`` over ``path`` (wall time to idle).

    Twice: the chart cell sent the moment ``%load_ext`` returns (the worst case: nothing
    warmed yet), and after a 2 s pause (a user typing the question while imports warm).
    """
    out = _first_chart(path, pause=0.0)
    later = _first_chart(path, pause=2.0)
    out["first_chart_after_2s_ms"] = later["first_chart_ms"]
    return out


def _first_chart(path: Path, pause: float) -> dict[str, float]:
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name="python3", env={**os.environ})
    try:

        def run(code: str) -> float:
            t = time.perf_counter()
            reply = kc.execute_interactive(code, timeout=120, output_hook=lambda _m: None)
            assert reply["content"]["status"] == "ok", reply["content"]
            return (time.perf_counter() - t) * 1000

        run("1")
        load = run("%load_ext aiser_jupyter")
        time.sleep(pause)
        chart = run(
            f"%%chart --db {path}\nSELECT category, SUM(amount) AS amount FROM sales GROUP BY 1"
        )
        again = run(
            f"%%chart --db {path}\nSELECT region, SUM(amount) AS amount FROM sales GROUP BY 1"
        )
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return {
        "load_ext_ms": round(load, 1),
        "first_chart_ms": round(chart, 1),
        "second_chart_ms": round(again, 1),
    }


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0
