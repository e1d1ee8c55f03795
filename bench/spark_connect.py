"""The Spark column of ``bench/run.py``: each chart on a local Spark Connect server.

One server (the pyspark wheel's jars on the system's Java, as the tests start it) for
the whole run; for each table size the benchmark's DuckDB table is written to Parquet
and registered on the server as ``sales``. Per chart, interleaved, median of
``repeat`` runs: (a) the hand-written Spark SQL of the chart on a plain pyspark
session, fetched as Arrow, and (b) ``Engine.run_plan`` on an ``sc://`` source end to
end (guard, compile, the query, the figure JSON), plus the figure bytes. The raw M4
line has no hand-written form: its baseline is the engine's own SQL run raw.

    python bench/spark_connect.py [--rows 1e6 1e7] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: chart -> the Spark SQL a person would write for it ({percent}: the scatter's sample)
SPARK_SQL: dict[str, str | None] = {
    "bar by category": "SELECT category, SUM(amount) AS amount FROM sales GROUP BY category",
    "monthly line": "SELECT DATE_TRUNC('MONTH', ts) AS m, SUM(amount) AS amount FROM sales GROUP BY 1 ORDER BY 1",
    "top-10 bar": "SELECT product, SUM(amount) AS amount FROM sales GROUP BY product ORDER BY amount DESC LIMIT 10",
    "weekday counts": "SELECT WEEKDAY(ts) + 1 AS d, COUNT(*) AS n FROM sales GROUP BY 1 ORDER BY 1",
    "stacked bar": "SELECT category, region, SUM(amount) AS amount FROM sales GROUP BY 1, 2",
    "histogram": "SELECT FLOOR(amount / 50) * 50 AS b, COUNT(*) AS n FROM sales GROUP BY 1 ORDER BY 1",
    "scatter (all rows)": "SELECT amount, qty FROM sales TABLESAMPLE ({percent} PERCENT) REPEATABLE (42)",
    "heatmap": "SELECT FLOOR(amount / 25) * 25 AS a, FLOOR(qty / 50) * 50 AS q, COUNT(*) AS n FROM sales GROUP BY 1, 2",
    "pie by category": "SELECT category, SUM(amount) AS amount FROM sales GROUP BY category",
    "raw line (M4)": None,
}


def available() -> str | None:
    """Why the Spark column cannot run here, or None."""
    import warnings

    if shutil.which("java") is None:
        return "no Java (apt-get install openjdk-17-jre-headless)"
    warnings.filterwarnings("ignore", message=".*PySpark.*pandas", category=FutureWarning)
    try:
        import pyspark.sql.connect.session  # noqa: F401
    except ImportError:
        return "pyspark[connect] is not installed (pip install 'aiser-jupyter[spark]')"
    return None


def _server() -> Any:
    sys.path.insert(0, str(ROOT / "tests"))
    import spark_server

    spark_server.quiet_pyspark()
    return spark_server


def bench(sizes: list[int], repeat: int, charts: dict[str, Any]) -> list[dict[str, object]]:
    """Rows of the Spark column for each of ``sizes`` (``charts``: run.py's CHARTS)."""
    import duckdb

    sys.path.insert(0, str(ROOT / "bench"))
    from charts import make_table

    server = _server()
    root = Path(tempfile.mkdtemp(prefix="aiser-bench-spark-"))
    proc, port = server.start(root, memory="2g")
    results: list[dict[str, object]] = []
    try:
        raw = server.admin_session(port)
        for rows in sizes:
            folder = root / f"data_{rows}"
            folder.mkdir()
            path = root / f"sales_{rows}.duckdb"
            make_table(path, rows)
            con = duckdb.connect(str(path))
            con.execute(f"COPY sales TO '{folder / 'sales.parquet'}' (FORMAT parquet)")
            con.close()
            raw.sql("DROP TABLE IF EXISTS sales")
            server.register(raw, folder)
            results += _sizes(rows, port, raw, repeat, charts, server.TOKEN)
            path.unlink()
        raw.stop()
    finally:
        server.stop(proc)
        shutil.rmtree(root, ignore_errors=True)
    return results


def _sizes(
    rows: int, port: int, raw: Any, repeat: int, charts: dict[str, Any], token: str
) -> list[dict[str, object]]:
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.engine.plan import ChartPlan

    engine = Engine(EngineConfig(planner="rules", use_cache=False, timeout=600))
    engine.connect("lake", f"sc://localhost:{port}/;token={token}")
    started = time.perf_counter()
    engine.catalog("lake")
    catalog_s = time.perf_counter() - started
    out: list[dict[str, object]] = []
    for name, (_, chart) in charts.items():
        plan = ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart})
        warm = engine.run_plan(plan, "lake")
        _ = warm.plotly_json()
        sql = SPARK_SQL.get(name) or warm.compiled_sql
        sql = sql.replace("{percent}", f"{min(100.0, 2_500 / rows * 100):.4f}")
        raw.sql(sql).toArrow()
        t_raw, t_engine, size, answer = [], [], 0, warm
        for _ in range(repeat):
            t = time.perf_counter()
            raw.sql(sql).toArrow()
            t_raw.append(time.perf_counter() - t)
            t = time.perf_counter()
            answer = engine.run_plan(plan, "lake")
            fig = answer.plotly_json()
            t_engine.append(time.perf_counter() - t)
            size = len(json.dumps(fig, separators=(",", ":")))
        r, e = statistics.median(t_raw) * 1000, statistics.median(t_engine) * 1000
        out.append(
            {
                "rows": rows,
                "chart": name,
                "spark_raw_ms": round(r, 1),
                "spark_engine_ms": round(e, 1),
                "spark_ratio": round(e / r, 2),
                "spark_overhead_ms": round(e - r, 1),
                "spark_figure_bytes": size,
                "spark_catalog_s": round(catalog_s, 1),
                "reduction": answer.reduction.note if answer.reduction else "",
            }
        )
    engine.close()
    return out


def show(results: list[dict[str, object]]) -> None:
    print(
        f"{'rows':>11} {'chart (Spark)':<19} {'raw ms':>8} {'engine ms':>10} {'ratio':>6} "
        f"{'+ms':>7} {'fig bytes':>10}  reduction"
    )
    for r in results:
        print(
            f"{r['rows']:>11,} {r['chart']:<19} {r['spark_raw_ms']:>8} {r['spark_engine_ms']:>10} "
            f"{r['spark_ratio']:>6} {r['spark_overhead_ms']:>7} {r['spark_figure_bytes']:>10,}  {r['reduction']}"
        )
    for rows in sorted({int(str(r["rows"])) for r in results}):
        first = next(r for r in results if r["rows"] == rows)
        print(f"{'':>11} catalog of a {rows:,}-row table on Spark: {first['spark_catalog_s']} s")


def column(sizes: list[int], repeat: int, *, skip: bool) -> list[dict[str, object]] | str:
    """The charts on a local Spark Connect server at the sizes from 1e6 to 1e7 (bench/spark_connect.py)."""
    from charts import CHARTS

    why = "skipped (--no-spark)" if skip else available()
    spark_sizes = [n for n in sizes if 1_000_000 <= n <= 10_000_000]
    if why or not spark_sizes:
        print(f"Spark column: {why or 'no size from 1e6 to 1e7 rows'}")
        return why or "no size from 1e6 to 1e7 rows"
    results = bench(spark_sizes, min(repeat, 3), CHARTS)
    show(results)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", nargs="+", type=float, default=[1e6, 1e7])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", default=str(ROOT / "bench" / "out" / "spark.json"))
    args = parser.parse_args()
    why = available()
    if why:
        print(f"Spark column skipped: {why}")
        return
    sys.path.insert(0, str(ROOT / "bench"))
    from charts import CHARTS

    results = bench([int(n) for n in args.rows], args.repeat, CHARTS)
    show(results)
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
