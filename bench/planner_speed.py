"""Planning time per question of the rule planner over a benchmark file: median and p95.

Usage: python bench/planner_speed.py [FILE.jsonl] [--repeat N]
       python bench/planner_speed.py --wide 200 [--repeat N]

Only planning is timed (question + catalog -> ChartPlan); catalogs are built
once per database beforehand, as in a session.

``--wide N`` puts the real-data dev datasets' tables (bench/realdata, built by
build.py) into one DuckDB file beside generated tables with ordinary business
names and keys, N tables in all, and plans the real-data dev questions on it:
schema linking over a wide schema.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
import warnings
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=3, help="plan every question this many times")
    parser.add_argument("--wide", type=int, default=0, help="tables in one wide schema (see above)")
    args = parser.parse_args()
    if args.wide:
        wide(args.wide, args.repeat)
        return

    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.engine.eval.run import load_items
    from aiser_jupyter.engine.planners.base import PlanContext
    from aiser_jupyter.errors import AiserError

    warnings.simplefilter("ignore")
    path = Path(args.file)
    items = load_items(path)
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    planner = engine.planner("rules")
    aliases: dict[str, str] = {}
    for item in items:
        db = str((path.parent / item["db_path"]).resolve())
        if db not in aliases:
            aliases[db] = f"db{len(aliases) + 1}"
            engine.connect(aliases[db], db)
            engine.catalog(aliases[db])
    times: list[float] = []
    for _ in range(args.repeat):
        for item in items:
            alias = aliases[str((path.parent / item["db_path"]).resolve())]
            catalog = engine.catalog(alias)
            context = PlanContext(dialect=engine.source(alias).dialect)
            started = time.perf_counter()
            with contextlib.suppress(AiserError):
                planner.plan(item["question"], catalog, context)
            times.append((time.perf_counter() - started) * 1000)
    engine.close()
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(
        f"{len(items)} questions x {args.repeat}: median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, "
        f"max {times[-1]:.2f} ms"
    )


_WORDS = [
    "account",
    "agent",
    "asset",
    "budget",
    "campaign",
    "claim",
    "contract",
    "course",
    "device",
    "doctor",
    "employee",
    "event",
    "fleet",
    "grant",
    "invoice",
    "ledger",
    "license",
    "loan",
    "machine",
    "member",
    "message",
    "patient",
    "payment",
    "permit",
    "policy",
    "project",
    "receipt",
    "refund",
    "route",
    "sensor",
    "shift",
    "shipment",
    "site",
    "station",
    "student",
    "subscription",
    "supplier",
    "task",
    "team",
    "ticket",
    "trainer",
    "vehicle",
    "visit",
    "warehouse",
]
_COLUMNS = (
    ("name", "VARCHAR", "'item ' || (i % 97)"),
    ("status", "VARCHAR", "CASE i % 3 WHEN 0 THEN 'open' WHEN 1 THEN 'closed' ELSE 'pending' END"),
    ("created_at", "DATE", "DATE '2020-01-01' + INTERVAL (i % 900) DAY"),
    ("amount", "DOUBLE", "(i * 37) % 1000 / 10.0"),
    ("qty", "INTEGER", "i % 13"),
    (
        "region_code",
        "VARCHAR",
        "CASE i % 4 WHEN 0 THEN 'N' WHEN 1 THEN 'S' WHEN 2 THEN 'E' ELSE 'W' END",
    ),
    ("score_pct", "DOUBLE", "(i * 7) % 100"),
)


def wide(n_tables: int, repeat: int) -> None:
    """Plan the real-data dev questions on one schema of ``n_tables`` tables."""
    import json
    import tempfile

    import duckdb

    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.engine.planners.base import PlanContext
    from aiser_jupyter.errors import AiserError

    warnings.simplefilter("ignore")
    root = Path(__file__).resolve().parent / "realdata"
    data = Path(__file__).resolve().parents[1] / ".test-cache" / "realdata"
    items = [
        json.loads(line) for line in (root / "dev.jsonl").read_text().splitlines() if line.strip()
    ]
    path = Path(tempfile.mkdtemp(prefix="aiser-wide-")) / "wide.duckdb"
    con = duckdb.connect(str(path))
    tables = 0
    for db in sorted({item["db"] for item in items}):
        file = data / f"{db}.duckdb"
        if not file.exists():
            raise SystemExit(f"{file} is missing: run python bench/realdata/build.py first")
        con.execute(f"ATTACH '{file}' AS src (READ_ONLY)")
        for (name,) in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'src'"
        ).fetchall():
            con.execute(
                f'CREATE TABLE "{name}" AS SELECT * FROM src."{name}" USING SAMPLE 5000 ROWS'
            )
            tables += 1
        con.execute("DETACH src")
    i = 0
    while tables < n_tables:
        word = _WORDS[i % len(_WORDS)] + ("" if i < len(_WORDS) else f"_{i // len(_WORDS)}")
        parent = _WORDS[(i + 1) % len(_WORDS)]
        cols = ", ".join(f"{expr} AS {col}" for col, _, expr in _COLUMNS)
        con.execute(
            f"CREATE TABLE {word}s AS SELECT i AS {word}_id, i % 50 AS {parent}_id, {cols} FROM range(500) t(i)"
        )
        tables += 1
        i += 1
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("wide", str(path))
    started = time.perf_counter()
    catalog = engine.catalog("wide")
    catalog_s = time.perf_counter() - started
    planner = engine.planner("rules")
    context = PlanContext(dialect="duckdb")
    started = time.perf_counter()
    with contextlib.suppress(AiserError):  # the first question loads the word lists
        planner.plan(items[0]["question"], catalog, context)
    first_ms = (time.perf_counter() - started) * 1000
    times: list[float] = []
    for _ in range(repeat):
        for item in items:
            started = time.perf_counter()
            with contextlib.suppress(AiserError):
                planner.plan(item["question"], catalog, context)
            times.append((time.perf_counter() - started) * 1000)
    engine.close()
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(
        f"{len(catalog.tables)} tables, {sum(len(t.columns) for t in catalog.tables)} columns "
        f"(catalog built in {catalog_s:.1f} s); first question {first_ms:.0f} ms; {len(items)} questions x {repeat}: "
        f"median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
