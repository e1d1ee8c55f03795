"""Benchmark: the chart through the engine vs the raw aggregation query, same process.

For generated DuckDB tables of 1e6 and 1e7 rows (``--rows``), each chart kind is
timed as (a) the bare aggregation SQL run on a plain DuckDB connection and (b)
``Engine.ask``/``run_plan`` end to end (guard, compile, sandboxed run, DataFrame,
plotly figure), interleaved, median of ``--repeat`` runs. Prints a table with the
ratio and absolute overhead, the figure JSON size, and ``%load_ext`` time.

    python bench/run.py [--rows 1e6 1e7] [--repeat 7] [--json out.json]
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

CHARTS = {
    "bar by category": ("SELECT category, SUM(amount) AS amount FROM sales GROUP BY category",
                        {"mark": "bar", "encoding": {"x": {"field": "category"}, "y": {"field": "amount", "aggregate": "sum"}}}),
    "monthly line": ("SELECT DATE_TRUNC('month', ts) AS m, SUM(amount) AS amount FROM sales GROUP BY 1 ORDER BY 1",
                     {"mark": "line", "encoding": {"x": {"field": "ts", "timeUnit": "yearmonth"}, "y": {"field": "amount", "aggregate": "sum"}}}),
    "top-10 bar": ("SELECT product, SUM(amount) AS amount FROM sales GROUP BY product ORDER BY amount DESC LIMIT 10",
                   {"mark": "bar", "limit": 10, "encoding": {"x": {"field": "product", "sort": "-y"}, "y": {"field": "amount", "aggregate": "sum"}}}),
    "weekday counts": ("SELECT ISODOW(ts) AS d, COUNT(*) AS n FROM sales GROUP BY 1 ORDER BY 1",
                       {"mark": "bar", "encoding": {"x": {"field": "ts", "timeUnit": "weekday"}, "y": {"aggregate": "count"}}}),
    "stacked bar": ("SELECT category, region, SUM(amount) AS amount FROM sales GROUP BY 1, 2",
                    {"mark": "bar", "encoding": {"x": {"field": "category"}, "y": {"field": "amount", "aggregate": "sum"}, "color": {"field": "region"}}}),
}


def make_table(path: Path, rows: int) -> None:
    import duckdb

    con = duckdb.connect(str(path))
    con.execute(f"""
        CREATE TABLE sales AS
        SELECT i AS id,
               TIMESTAMP '2020-01-01' + INTERVAL (i % 1460) DAY + INTERVAL (i % 86400) SECOND AS ts,
               'cat_' || (i % 12) AS category,
               'region_' || (i % 5) AS region,
               'product_' || (hash(i) % 5000) AS product,
               ((hash(i * 7) % 100000) / 100.0)::DOUBLE AS amount
        FROM range({rows}) t(i)
    """)
    con.close()


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def load_ext_ms() -> float:
    code = ("import time; from IPython.core.interactiveshell import InteractiveShell; ip = InteractiveShell.instance(); "
            "t = time.perf_counter(); ip.run_line_magic('load_ext', 'aiser_jupyter'); print(time.perf_counter() - t)")
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()[-1])
            for _ in range(5)]
    return median_ms(runs)


def bench(rows: int, repeat: int) -> list[dict[str, object]]:
    import duckdb

    from aiser_jupyter.engine.core import Engine, EngineConfig
    from aiser_jupyter.engine.figure import figure_json
    from aiser_jupyter.engine.plan import ChartPlan

    folder = Path(tempfile.mkdtemp(prefix="aiser-bench-"))
    path = folder / f"sales_{rows}.duckdb"
    make_table(path, rows)
    raw = duckdb.connect(str(path), read_only=True)
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("bench", str(path))
    engine.catalog("bench")
    results = []
    for name, (sql, chart) in CHARTS.items():
        plan = ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart})
        raw.sql(sql).fetchall()
        engine.run_plan(plan, "bench").figure  # warm both paths
        t_raw, t_engine = [], []
        size = 0
        for _ in range(repeat):
            t = time.perf_counter()
            raw.sql(sql).arrow().read_all()
            t_raw.append(time.perf_counter() - t)
            t = time.perf_counter()
            answer = engine.run_plan(plan, "bench")
            fig = answer.figure
            t_engine.append(time.perf_counter() - t)
            size = len(json.dumps(figure_json(fig)))
        r, e = median_ms(t_raw), median_ms(t_engine)
        results.append({"rows": rows, "chart": name, "raw_ms": round(r, 1), "engine_ms": round(e, 1),
                        "ratio": round(e / r, 2), "overhead_ms": round(e - r, 1), "figure_bytes": size})
    engine.close()
    raw.close()
    for f in folder.iterdir():
        f.unlink()
    folder.rmdir()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", nargs="+", type=float, default=[1e6, 1e7])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args()
    os.environ.setdefault("AISER_CACHE_DIR", tempfile.mkdtemp(prefix="aiser-bench-cache-"))
    rows = []
    print(f"{'rows':>10} {'chart':<16} {'raw ms':>8} {'engine ms':>10} {'ratio':>6} {'+ms':>7} {'fig bytes':>10}")
    for n in args.rows:
        for r in bench(int(n), args.repeat):
            rows.append(r)
            print(f"{r['rows']:>10,} {r['chart']:<16} {r['raw_ms']:>8} {r['engine_ms']:>10} {r['ratio']:>6} {r['overhead_ms']:>7} {r['figure_bytes']:>10,}")
    ext = load_ext_ms()
    print(f"%load_ext aiser_jupyter: {ext:.0f} ms (median of 5 fresh processes)")
    if args.json:
        Path(args.json).write_text(json.dumps({"charts": rows, "load_ext_ms": round(ext, 1)}, indent=1))


if __name__ == "__main__":
    main()
