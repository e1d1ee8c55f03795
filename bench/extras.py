"""Measures of the benchmark suite that need their own process: naive pandas path, JupySQL,
first chart in a fresh kernel, and Python memory of the engine path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

NAIVE = r"""
import json, resource, sys, time
t = time.perf_counter()
import duckdb, pandas, plotly.express as px  # imported before the cap: the cap is for the data
cap = int(sys.argv[2]) * 2**20
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
try:
    df = duckdb.connect(sys.argv[1], read_only=True).sql("SELECT category, amount FROM sales").df()
    fig = px.histogram(df, x="category", y="amount", histfunc="sum")
    size = len(fig.to_json())
except BaseException as exc:  # under the cap, allocations fail in odd places (even imports)
    print(json.dumps({"failed": f"over the {sys.argv[2]} MB memory cap ({type(exc).__name__})"}))
    sys.exit(1)
print(json.dumps({"ms": (time.perf_counter() - t) * 1000, "bytes": size,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

JUPYSQL = r"""
import io, json, os, statistics, sys, time
os.environ["PLOOMBER_STATS_ENABLED"] = "false"  # no telemetry
os.environ["PLOOMBER_VERSION_CHECK_DISABLED"] = "true"  # no update check over the network
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from IPython.core.interactiveshell import InteractiveShell
path, repeat, plots = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
ip = InteractiveShell.instance()
ip.run_line_magic("load_ext", "sql")
ip.run_line_magic("config", "SqlMagic.displaylimit = 0")
ip.run_line_magic("sql", "duckdb:///" + path + "?access_mode=read_only")
out = {}
for i, (name, (snippet, line)) in enumerate(plots.items()):
    table = f"q{i}"
    try:
        if snippet:
            ip.run_cell_magic("sql", f"--save {table} --no-execute", snippet)
        line = line.format(table=table)

        def once():
            t = time.perf_counter()
            ax = ip.run_line_magic("sqlplot", line)
            axes = time.perf_counter() - t
            ax.figure.savefig(io.BytesIO(), format="png")  # what the inline backend shows
            png = time.perf_counter() - t
            plt.close("all")
            return axes, png

        once()  # warm
        runs = [once() for _ in range(repeat)]
        out[name] = {"ms": round(statistics.median(r[0] for r in runs) * 1000, 1),
                     "png_ms": round(statistics.median(r[1] for r in runs) * 1000, 1)}
    except Exception as e:  # one chart failing must not hide the others
        out[name] = {"error": f"{type(e).__name__}: {e}"[:160]}
        plt.close("all")
print("JUPYSQL " + json.dumps(out))
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
        lines = proc.stdout.strip().splitlines()
        said = json.loads(lines[-1]).get("failed") if lines and lines[-1].startswith("{") else None
        last = said or f"killed over the {cap_mb} MB memory cap (exit {proc.returncode})"
        return {"ok": False, "error": last[:120], "cap_mb": cap_mb}
    return {"ok": True, "cap_mb": cap_mb, **json.loads(proc.stdout.strip().splitlines()[-1])}


def jupysql(
    path: Path, plots: dict[str, tuple[str | None, str]], repeat: int, timeout: int = 900
) -> dict[str, object]:
    """JupySQL's ``%sqlplot`` (matplotlib) for each chart of ``plots``, in one subprocess.

    ``plots`` maps a chart name to (SQL saved with ``%%sql --save`` for the plot to read,
    or None; the ``%sqlplot`` line, ``{table}`` standing for the saved query). Each is warmed
    once, then timed ``repeat`` times: ``ms`` to the returned Axes (as the engine's time
    stops at the plotly Figure), ``png_ms`` with the PNG the inline backend renders.
    """
    missing = [m for m in ("sql", "duckdb_engine", "matplotlib") if not find_spec(m)]
    if missing:
        return {
            "ok": False,
            "error": f"{', '.join(missing)} not installed: `make bench` installs them",
        }
    try:
        proc = subprocess.run(
            [sys.executable, "-c", JUPYSQL, str(path), str(repeat), json.dumps(plots)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"ok": False, "error": f"timed out after {timeout} s"}
    lines = [x for x in proc.stdout.splitlines() if x.startswith("JUPYSQL ")]
    if proc.returncode != 0 or not lines:
        last = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
        return {"ok": False, "error": last[:160]}
    charts = json.loads(lines[-1].removeprefix("JUPYSQL "))
    return {
        "ok": all("error" not in c for c in charts.values()),
        "version": version("jupysql"),
        "charts": charts,
    }


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
