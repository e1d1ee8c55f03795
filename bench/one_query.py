"""Statements per chart: each chart's query runs once (issue 14).

For the charts whose query used to run twice or three times — a histogram or heatmap
whose bin widths need the data's range, a line a filter left short, bars whose
categories the catalog could not count — this counts the statements the engine sends
and times ``Engine.run_plan`` end to end (median wall and process CPU time of
``--repeat`` runs, after one warm run), on a generated DuckDB
table of ``--rows`` rows and the same rows in SQLite. Run it with ``PYTHONPATH`` at
another checkout to compare.

    python bench/one_query.py [--rows 1e6] [--repeat 7]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHARTS: dict[str, tuple[str, dict[str, Any]]] = {
    "histogram, plain table": (
        "SELECT * FROM sales",
        {"mark": "histogram", "encoding": {"x": {"field": "amount"}}},
    ),
    "histogram, filtered": (
        "SELECT * FROM sales WHERE qty > 100",
        {"mark": "histogram", "encoding": {"x": {"field": "amount"}}},
    ),
    "heatmap, filtered": (
        "SELECT * FROM sales WHERE qty > 100",
        {"mark": "heatmap", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}},
    ),
    "line, filtered to few": (
        "SELECT * FROM sales WHERE id % 1000 = 0",
        {"mark": "line", "encoding": {"x": {"field": "qty"}, "y": {"field": "amount"}}},
    ),
    "line, long": (
        "SELECT * FROM sales",
        {"mark": "line", "encoding": {"x": {"field": "qty"}, "y": {"field": "amount"}}},
    ),
    "bars, 12 categories": (
        "SELECT * FROM sales",
        {
            "mark": "bar",
            "encoding": {"x": {"field": "category"}, "y": {"field": "amount", "aggregate": "sum"}},
        },
    ),
    "bars, derived, 900": (
        "SELECT 'item ' || (id % 900) AS item, amount FROM sales",
        {
            "mark": "bar",
            "encoding": {"x": {"field": "item"}, "y": {"field": "amount", "aggregate": "sum"}},
        },
    ),
    "bars, mean, 5000": (
        "SELECT * FROM sales",
        {
            "mark": "bar",
            "encoding": {"x": {"field": "product"}, "y": {"field": "amount", "aggregate": "mean"}},
        },
    ),
}


def make_tables(folder: Path, rows: int) -> dict[str, Path]:
    import duckdb

    duck = folder / "sales.duckdb"
    con = duckdb.connect(str(duck))
    con.execute(f"""
        CREATE TABLE sales AS
        SELECT i AS id, 'cat_' || (i % 12) AS category, 'product_' || (hash(i) % 5000) AS product,
               ((hash(i * 7) % 100000) / 100.0)::DOUBLE AS amount,
               ((hash(i * 13) % 100000) / 100.0)::DOUBLE AS qty
        FROM range({rows}) t(i)""")
    data = con.sql("SELECT * FROM sales").fetchall()
    con.close()
    lite = folder / "sales.sqlite"
    db = sqlite3.connect(lite)
    db.execute(
        "CREATE TABLE sales (id INTEGER PRIMARY KEY, category TEXT, product TEXT, amount REAL, qty REAL)"
    )
    db.executemany("INSERT INTO sales VALUES (?, ?, ?, ?, ?)", data)
    db.commit()
    db.close()
    return {"duckdb": duck, "sqlite": lite}


def measure(target: Path, repeat: int) -> list[tuple[str, int, float, float, str]]:
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.engine.plan import ChartPlan

    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("bench", str(target))
    engine.catalog("bench")
    source = engine.source("bench")
    sent: list[str] = []
    run = source.run

    def recording(sql: str, limits: Any) -> Any:
        sent.append(sql)
        return run(sql, limits)

    source.run = recording  # type: ignore[method-assign]
    out = []
    for name, (sql, chart) in CHARTS.items():
        plan = ChartPlan.model_validate({"sql": sql, "chart": chart})
        engine.run_plan(plan, "bench")  # warm: stored statistics are read once per catalog
        times, cpu, counts = [], [], []
        answer = None
        for _ in range(repeat):
            sent.clear()
            started, used = time.perf_counter(), time.process_time()
            answer = engine.run_plan(plan, "bench")
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
            counts.append(len(sent))
        note = answer.reduction.note if answer is not None and answer.reduction else ""
        what = f"{answer.rows if answer else 0} rows {note}"
        out.append((name, max(counts), statistics.median(times), statistics.median(cpu), what))
    engine.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=float, default=1e6)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="aiser-one-query-") as tmp:
        paths = make_tables(Path(tmp), int(args.rows))
        print(f"{'source':<7} {'chart':<24} {'statements':>10} {'ms':>8} {'cpu ms':>8}  result")
        for kind, path in paths.items():
            for name, count, ms, cpu, what in measure(path, args.repeat):
                print(f"{kind:<7} {name:<24} {count:>10} {ms:>8.1f} {cpu:>8.1f}  {what}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
