"""Benchmark row of issue 18: a DataFrame in the kernel as a source.

Run by ``bench/run.py`` in a fresh process (so that its memory figures are the frame
source's own): a frame with the columns of the benchmark's ``sales`` table is built, then

- *raw*: each chart's aggregation SQL on a plain DuckDB connection with the frame
  registered (DuckDB's own in-place scan, nothing else);
- *engine*: ``Engine.run_plan`` on the frame source, end to end (the change check, guard,
  compile, sandboxed read-only run, the figure JSON a notebook displays);
- *memory*: RSS growth once the frame is connected (a copy would add about the frame's
  size), and once the catalog is built and every chart drawn (DuckDB's working memory too);
- *connect*, *catalog* (profile + joins) and *check* (the per-question change check on an
  unchanged frame), in milliseconds.

    python bench/frames.py --rows 1e7 --kind pandas --repeat 5   # prints one JSON object
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from charts import CHARTS  # the same charts as the DuckDB table rows


def rss_mb() -> float:
    """Resident memory once freed memory went back to the system (glibc and Arrow's pool keep
    it otherwise, and give it back later: growth would read low, even negative)."""
    import pyarrow as pa

    gc.collect()
    pa.default_memory_pool().release_unused()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def make_frame(rows: int, kind: str) -> Any:
    """The benchmark's ``sales`` columns as a pandas, polars or Arrow frame."""
    import numpy as np
    import pyarrow as pa

    i = np.arange(rows, dtype=np.int64)
    rng = np.random.default_rng(42)

    def labels(prefix: str, codes: Any, n: int) -> Any:
        names = pa.array([f"{prefix}{k}" for k in range(n)])
        return pa.DictionaryArray.from_arrays(pa.array(codes.astype(np.int32)), names).cast(
            pa.string()
        )

    ts = (
        np.datetime64("2020-01-01", "s")
        + (i % 1460).astype("timedelta64[D]")
        + (i % 86400).astype("timedelta64[s]")
    )
    table = pa.table(
        {
            "id": i,
            "ts": ts,
            "category": labels("cat_", i % 12, 12),
            "region": labels("region_", i % 5, 5),
            "product": labels("product_", rng.integers(0, 5000, rows), 5000),
            "amount": np.round(rng.random(rows) * 1000, 2),
            "qty": np.round(rng.random(rows) * 1000, 2),
        }
    )
    if kind == "pandas":
        return table.to_pandas()
    if kind == "polars":
        import polars as pl

        return pl.from_arrow(table)
    return table


def frame_mb(frame: Any, kind: str) -> float:
    if kind == "pandas":
        return float(frame.memory_usage(deep=True).sum()) / 2**20
    if kind == "polars":
        return float(frame.estimated_size()) / 2**20
    return float(frame.nbytes) / 2**20


def measure(rows: int, kind: str, repeat: int, charts: list[str]) -> dict[str, Any]:
    import duckdb

    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.engine.plan import ChartPlan
    from aiser_jupyter.engine.sources.frame_data import fingerprint

    frame = make_frame(rows, kind)
    size = frame_mb(frame, kind)
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    import pyarrow as pa

    # imports and first-use allocations (DuckDB's libraries, the planner) are not the frame's
    engine.ask("total amount by category", source=pa.table({"category": ["a"], "amount": [1.0]}))
    rss0 = rss_mb()
    t = time.perf_counter()
    source = engine.connect("bench", {"sales": frame})
    connect_ms = (time.perf_counter() - t) * 1000
    registered = rss_mb() - rss0  # the frames registered, sandboxed: a copy would show here
    t = time.perf_counter()
    engine.catalog("bench")
    catalog_ms = (time.perf_counter() - t) * 1000
    checks = []
    for _ in range(20):
        t = time.perf_counter()
        source.refresh()
        checks.append(time.perf_counter() - t)
    t = time.perf_counter()
    for _ in range(20):
        fingerprint(frame)
    fingerprint_ms = (time.perf_counter() - t) / 20 * 1000
    plans = {
        name: ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": CHARTS[name][1]})
        for name in charts
    }
    compiled = {name: engine.run_plan(plan, "bench") for name, plan in plans.items()}
    for answer in compiled.values():
        _ = answer.plotly_json()
    growth = rss_mb() - rss0  # the frame source and every chart, before any raw query ran
    raw = duckdb.connect()
    raw.register("sales", frame)
    results = []
    for name, plan in plans.items():
        sql = CHARTS[name][0] or compiled[name].compiled_sql
        raw.sql(sql).arrow().read_all()
        t_raw, t_engine = [], []
        for _ in range(repeat):
            t = time.perf_counter()
            raw.sql(sql).arrow().read_all()
            t_raw.append(time.perf_counter() - t)
            t = time.perf_counter()
            engine.run_plan(plan, "bench").plotly_json()
            t_engine.append(time.perf_counter() - t)
        r, e = statistics.median(t_raw) * 1000, statistics.median(t_engine) * 1000
        results.append(
            {
                "chart": name,
                "raw_ms": round(r, 1),
                "engine_ms": round(e, 1),
                "ratio": round(e / r, 2),
                "overhead_ms": round(e - r, 1),
            }
        )
    engine.close()
    raw.close()
    return {
        "kind": kind,
        "rows": rows,
        "frame_mb": round(size, 1),
        "rss_connect_mb": round(registered, 1),
        "rss_growth_mb": round(growth, 1),
        "growth_share": round(growth / size, 3),
        "connect_ms": round(connect_ms, 1),
        "catalog_ms": round(catalog_ms, 1),
        "check_ms": round(statistics.median(checks) * 1000, 2),
        "fingerprint_ms": round(fingerprint_ms, 2),
        "charts": results,
    }


def fresh_runs(rows: int, repeat: int, quick: bool) -> list[dict[str, object]]:
    """The charts over a pandas frame (and, unless ``quick``, polars and Arrow frames for two
    charts), each in a fresh process (``frames.py``) so that its memory figures are its own."""
    script = str(Path(__file__))
    runs = [("pandas", list(CHARTS))] + (
        [] if quick else [(k, ["bar by category", "monthly line"]) for k in ("polars", "arrow")]
    )
    out = []
    for kind, charts in runs:
        argv = [script, "--rows", str(rows), "--kind", kind, "--repeat", str(repeat)]
        proc = subprocess.run(
            [sys.executable, *argv, "--charts", *charts],
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if proc.returncode != 0:
            print(f"DataFrame ({kind}): failed: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
            continue
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        out.append(result)
        print(
            f"DataFrame source ({kind}, {rows:,} rows, {result['frame_mb']} MB): memory added by "
            f"connecting {result['rss_connect_mb']} MB (a copy adds ~{result['frame_mb']} MB), after "
            f"the catalog and every chart {result['rss_growth_mb']} MB; connect "
            f"{result['connect_ms']} ms, catalog {result['catalog_ms']} ms, change check "
            f"{result['check_ms']} ms/question"
        )
        for r in result["charts"]:
            flag = "" if r["overhead_ms"] <= max(10.0, 0.1 * r["raw_ms"]) else " !"
            print(
                f"{rows:>11,} {kind + ' frame: ' + r['chart']:<34} {r['raw_ms']:>8} "
                f"{r['engine_ms']:>10} {r['ratio']:>6} {r['overhead_ms']:>7}{flag}"
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=float, default=1e7)
    parser.add_argument("--kind", choices=("pandas", "polars", "arrow"), default="pandas")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--charts", nargs="+", default=list(CHARTS))
    args = parser.parse_args()
    print(json.dumps(measure(int(args.rows), args.kind, args.repeat, args.charts)))


if __name__ == "__main__":
    main()
