"""Benchmark suite (issue 8): the chart through the engine vs the raw aggregation query.

For generated DuckDB tables of 1e6 and 1e7 rows (``--big`` adds 1e8), each chart kind is
timed as (a) the bare aggregation SQL on a plain DuckDB connection and (b)
``Engine.run_plan`` end to end (guard, compile, sandboxed run, Arrow rows, the figure JSON a
notebook displays),
interleaved, median of ``--repeat`` runs; plus the figure JSON bytes, Python peak memory
(tracemalloc) and RSS growth, ``%load_ext`` time, the first chart in a fresh kernel
(jupyter_client), the naive pandas + plotly.express path in a subprocess under a memory
cap, and JupySQL's ``%sqlplot`` beside each chart it can draw (``SQLPLOT``; ``make bench``
installs JupySQL for the benchmark only); then the same charts over a 1e7-row pandas
DataFrame as a source (``frames.py``: raw DuckDB scan of the frame vs the engine, and the
memory the source adds), and polars and Arrow frames for two charts; and a Spark column at
1e6-1e7 rows: the same charts on a local Spark Connect server (bench/spark_connect.py;
``--no-spark`` skips it). Writes ``bench/out/summary.json``.

    python bench/run.py [--rows 1e6 1e7] [--big] [--repeat 7] [--quick] [--frame-rows 1e7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import frames as frames_bench
import spark_connect
from charts import CHARTS, make_table

# JupySQL's %sqlplot for the same chart, where it has one: (SQL saved with `%%sql --save` for
# the plot to read, or None; the %sqlplot line, {table} naming the saved query). %sqlplot bar
# and pie count the rows of one column, or draw two columns as they are: a SUM needs the
# aggregation saved first, which is how JupySQL's docs plot a query. A string: why it has none.
SQLPLOT: dict[str, tuple[str | None, str] | str] = {
    "bar by category": (
        CHARTS["bar by category"][0],
        "bar --table {table} --column category amount",
    ),
    "monthly line": "n/a: %sqlplot has no line chart",
    "top-10 bar": (CHARTS["top-10 bar"][0], "bar --table {table} --column product amount"),
    "weekday counts": ("SELECT ISODOW(ts) AS d FROM sales", "bar --table {table} --column d"),
    "stacked bar": "n/a: %sqlplot bar has no color or stack",
    "histogram": (None, "histogram --table sales --column amount --binwidth 50"),
    "scatter (all rows)": "n/a: %sqlplot has no scatter plot",
    "heatmap": "n/a: %sqlplot has no 2-D plot",
    "pie by category": (
        CHARTS["pie by category"][0],
        "pie --table {table} --column category amount",
    ),
    "raw line (M4)": "n/a: %sqlplot has no line chart",
}


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def load_ext_ms() -> float:
    code = (
        "import time; from IPython.core.interactiveshell import InteractiveShell; ip = InteractiveShell.instance(); "
        "t = time.perf_counter(); ip.run_line_magic('load_ext', 'aiser_jupyter'); print(time.perf_counter() - t)"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout.split()[-1]
        )
        for _ in range(5)
    ]
    return median_ms(runs)


def bench(
    rows: int, repeat: int, extras: bool
) -> tuple[list[dict[str, object]], dict[str, object]]:
    import tracemalloc

    import duckdb
    import extras as ex

    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.engine.plan import ChartPlan

    folder = Path(tempfile.mkdtemp(prefix="aiser-bench-"))
    path = folder / f"sales_{rows}.duckdb"
    make_table(path, rows)
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("bench", str(path))  # first: its own sandboxed instance, which raw then shares
    engine.catalog("bench")
    raw = duckdb.connect(str(path), read_only=True)
    results = []
    rss0 = ex.rss_mb()
    # Memory first, in its own pass: tracemalloc slows Python code down, so it must not
    # run while the engine is being timed. One untraced pass first, so the peak is what a
    # chart allocates and not the first imports.
    for _name, (_sql, chart) in CHARTS.items():
        _ = engine.run_plan(
            ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart}), "bench"
        ).plotly_json()
    tracemalloc.start()
    tracemalloc.reset_peak()
    for _name, (_sql, chart) in CHARTS.items():
        _ = engine.run_plan(
            ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart}), "bench"
        ).plotly_json()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    for name, (sql, chart) in CHARTS.items():
        plan = ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart})
        warm = engine.run_plan(plan, "bench")  # warm both paths
        _ = warm.plotly_json()
        sql = sql or warm.compiled_sql
        raw.sql(sql).arrow().read_all()
        t_raw, t_engine = [], []
        size = 0
        answer = None
        for _ in range(repeat):
            t = time.perf_counter()
            raw.sql(sql).arrow().read_all()
            t_raw.append(time.perf_counter() - t)
            t = time.perf_counter()
            answer = engine.run_plan(plan, "bench")
            fig = answer.plotly_json()  # the figure JSON a notebook displays
            t_engine.append(time.perf_counter() - t)
            size = len(json.dumps(fig, separators=(",", ":")))
        r, e = median_ms(t_raw), median_ms(t_engine)
        red = answer.reduction.note if answer is not None and answer.reduction else ""
        results.append(
            {
                "rows": rows,
                "chart": name,
                "raw_ms": round(r, 1),
                "engine_ms": round(e, 1),
                "ratio": round(e / r, 2),
                "overhead_ms": round(e - r, 1),
                "figure_bytes": size,
                "within_target": (e - r) <= max(10.0, 0.1 * r),
                "reduction": red,
            }
        )
    side: dict[str, object] = {
        "rows": rows,
        "python_peak_mb": round(peak, 1),
        "rss_growth_mb": round(ex.rss_mb() - rss0, 1),
    }
    engine.close()
    raw.close()
    if extras:
        side["naive_pandas_px"] = ex.naive(path)
        plots = {k: v for k, v in SQLPLOT.items() if not isinstance(v, str)}
        peer = ex.jupysql(path, plots, repeat)
        side["jupysql_sqlplot"] = {k: v for k, v in peer.items() if k != "charts"}
        for row in results:
            row.update(_sqlplot_row(str(row["chart"]), peer))
    for f in folder.iterdir():
        f.unlink()
    folder.rmdir()
    return results, side


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", nargs="+", type=float, default=[1e5, 1e6, 1e7])
    parser.add_argument(
        "--big", action="store_true", help="add a 1e8-row table (minutes, ~3 GB of disk)"
    )
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--quick", action="store_true", help="skip the naive, JupySQL and fresh-kernel runs"
    )
    parser.add_argument(
        "--frame-rows",
        type=float,
        default=1e7,
        help="rows of the DataFrame benchmarked as a source (0: none)",
    )
    parser.add_argument("--json", default=str(Path(__file__).parent / "out" / "summary.json"))
    parser.add_argument(
        "--no-spark",
        action="store_true",
        help="skip the Spark column (a local Spark Connect server)",
    )
    args = parser.parse_args()
    os.environ.setdefault("AISER_CACHE_DIR", tempfile.mkdtemp(prefix="aiser-bench-cache-"))
    sizes = [int(n) for n in args.rows] + ([100_000_000] if args.big else [])
    rows, sides = [], []
    print(
        f"{'rows':>11} {'chart':<19} {'raw ms':>8} {'engine ms':>10} {'ratio':>6} {'+ms':>7} {'fig bytes':>10}"
        f"  {'sqlplot ms/+png':>15}  reduction"
    )
    for n in sizes:
        results, side = bench(n, args.repeat, not args.quick)
        for r in results:
            rows.append(r)
            flag = "" if r["within_target"] else " !"
            print(
                f"{r['rows']:>11,} {r['chart']:<19} {r['raw_ms']:>8} {r['engine_ms']:>10} {r['ratio']:>6} "
                f"{r['overhead_ms']:>7}{flag:2} {r['figure_bytes']:>8,}  {_sqlplot_cell(r):>15}  {r['reduction']}"
            )
        sides.append(side)
        for r in results:
            if str(r.get("jupysql", "")).startswith("failed"):
                print(f"{'':>11} jupysql {r['chart']}: {r['jupysql']}")
        print(
            f"{'':>11} python peak {side['python_peak_mb']} MB (tracemalloc), RSS growth {side['rss_growth_mb']} MB"
            + (
                f"; naive pandas+px: {side['naive_pandas_px']}; jupysql %sqlplot: {side['jupysql_sqlplot']}"
                if not args.quick
                else ""
            )
        )
    if not args.quick:
        na: dict[str, list[str]] = {}
        for chart, how in SQLPLOT.items():
            if isinstance(how, str):
                na.setdefault(how.removeprefix("n/a: "), []).append(chart)
        print(
            "sqlplot ms/+png: JupySQL %sqlplot (matplotlib) to its Axes / with the PNG it shows; n/a: "
            + "; ".join(f"{', '.join(charts)} ({why})" for why, charts in na.items())
        )
    peaks = [float(str(side["python_peak_mb"])) for side in sides]
    if len(peaks) > 1:
        print(
            f"Python peak growth {sizes[0]:,} → {sizes[-1]:,} rows: {peaks[-1] - peaks[0]:+.1f} MB (tracemalloc; "
            "RSS also holds DuckDB's buffer pool)"
        )
    frames = (
        frames_bench.fresh_runs(int(args.frame_rows), args.repeat, args.quick)
        if args.frame_rows
        else []
    )
    spark = spark_connect.column(sizes, args.repeat, skip=args.no_spark)
    ext = load_ext_ms()
    print(f"%load_ext aiser_jupyter: {ext:.0f} ms (median of 5 fresh processes)")
    kernel: dict[str, object] = {}
    if not args.quick:
        import extras as ex

        folder = Path(tempfile.mkdtemp(prefix="aiser-bench-k-"))
        path = folder / "k.duckdb"
        make_table(path, sizes[-1] if sizes[-1] <= 10_000_000 else 10_000_000)
        kernel = ex.first_chart(path)
        raw_ms = median_ms([_timed(path) for _ in range(5)])
        kernel["raw_query_ms"] = round(raw_ms, 1)
        print(f"fresh kernel: {kernel}")
        path.unlink()
        folder.rmdir()
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "charts": rows,
                "memory_and_peers": sides,
                "load_ext_ms": round(ext, 1),
                "fresh_kernel": kernel,
                "dataframes": frames,
                "spark": spark,
            },
            indent=1,
            default=str,
        )
    )
    print(f"wrote {out}")


def _sqlplot_row(chart: str, peer: dict[str, object]) -> dict[str, object]:
    """The JupySQL fields of one chart's row: its times, or why there are none."""
    how = SQLPLOT.get(chart, "n/a: not mapped")
    if isinstance(how, str):
        return {"jupysql_ms": None, "jupysql": how}
    charts = peer.get("charts")
    got = charts.get(chart, {}) if isinstance(charts, dict) else {}
    if "ms" not in got:
        return {"jupysql_ms": None, "jupysql": f"failed: {got.get('error') or peer.get('error')}"}
    line = how[1].format(table="q")
    return {
        "jupysql_ms": got["ms"],
        "jupysql_png_ms": got["png_ms"],
        "jupysql": f"%sqlplot {line}" + (" (over the saved query q)" if how[0] else ""),
    }


def _sqlplot_cell(r: dict[str, object]) -> str:
    if "jupysql" not in r:
        return "-"
    if r["jupysql_ms"] is not None:
        return f"{r['jupysql_ms']}/{r['jupysql_png_ms']}"
    return str(r["jupysql"]).split(":")[0]


def _timed(path: Path) -> float:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    t = time.perf_counter()
    con.sql("SELECT category, SUM(amount) AS amount FROM sales GROUP BY 1").arrow().read_all()
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


if __name__ == "__main__":
    main()
