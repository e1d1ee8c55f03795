"""M4 lines on SQLite and PostgreSQL: the reduced query vs the full pull and the old sample.

For a table of ``--rows`` readings (a timestamp and a float), times on each database
(median of ``--repeat`` runs, executed and fetched with the plain driver):

- ``full ORDER BY x``: ``SELECT ts, v FROM t ORDER BY ts``, what an unreduced chart pulls;
- ``M4``: the SQL the engine now runs for the raw line (``Engine.run_plan``'s compiled SQL);
- ``old sample``: the sample lines used to get (``reduce.sample.sample``);
- ``engine M4, end to end``: ``Engine.run_plan`` (compile, run, the plotted rows);
- ``engine unreduced, e2e``: the same without reduction and with a row cap above the
  table, i.e. every row brought into Python.

PostgreSQL is a throwaway server (Debian's binaries, a temp dir, loopback) unless
``--pg-url`` names one (a ``postgresql://`` URL whose database may be written to).

    python bench/m4_dialects.py [--rows 1e6] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import math
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from aiser_jupyter.engine.compile.query import compile_plan
from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.reduce.base import inner_select
from aiser_jupyter.engine.reduce.m4 import m4 as reduce_m4
from aiser_jupyter.engine.reduce.sample import sample as reduce_sample
from aiser_jupyter.engine.sql.checked import guard_plan

#: a throwaway server on loopback: no passwords, no durability
TRUST = ("--auth-local=trust", "--auth-host=trust", "--no-sync")
LINE = {"mark": "line", "encoding": {"x": {"field": "ts"}, "y": {"field": "v"}}}


def _median_ms(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    fn()  # warm the caches (SQLite pages, PostgreSQL buffers)
    runs, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), out


def _value(i: int) -> float:
    return 10 * math.sin(i / 500) + i * 7919 % 1000 / 1000 + (500 if i % 99_991 == 0 else 0)


def _sqlite_table(path: Path, rows: int) -> None:
    start = dt.datetime(2020, 1, 1)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, ts TIMESTAMP, v REAL)")
    con.executemany(
        "INSERT INTO t VALUES (?, ?, ?)",
        (
            (i, (start + dt.timedelta(seconds=30 * i)).isoformat(" "), _value(i))
            for i in range(rows)
        ),
    )
    con.commit()
    con.close()


def _pg_table(url: str, rows: int) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute("DROP TABLE IF EXISTS t")
        con.execute(
            "CREATE TABLE t AS SELECT i AS id, timestamp '2020-01-01' + i * interval '30 seconds' AS ts, "
            "10 * sin(i / 500.0) + (i::bigint * 7919 % 1000) / 1000.0 "
            "+ (CASE WHEN i % 99991 = 0 THEN 500 ELSE 0 END) AS v "
            f"FROM generate_series(0, {int(rows) - 1}) AS i"
        )
        con.execute("ANALYZE t")


@contextmanager
def _pg_server() -> Iterator[str]:
    """A throwaway PostgreSQL server on loopback; yields a psycopg URL."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        msg = "PostgreSQL server binaries not found (apt-get install postgresql), or pass --pg-url"
        raise SystemExit(msg)
    bin_dir = Path(found[-1]).parent
    root = Path(tempfile.mkdtemp(prefix="aiser-bench-pg-"))
    root.chmod(0o755)
    sock = root / "sock"
    sock.mkdir()
    as_server = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_server:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = root / "data"
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run(
        [*as_server, str(bin_dir / "initdb"), "-D", str(data), "-U", "bench", *TRUST],
        check=True,
        capture_output=True,
        env=env,
    )
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={sock} -c fsync=off"
    pg_ctl = [*as_server, str(bin_dir / "pg_ctl"), "-D", str(data)]
    log = str(root / "log")
    subprocess.run(
        [*pg_ctl, "-o", opts, "-l", log, "-w", "start"], check=True, capture_output=True, env=env
    )
    try:
        yield f"postgresql://bench@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "-w", "stop"], capture_output=True, check=False)
        shutil.rmtree(root, ignore_errors=True)


def _queries(engine: Engine, max_points: int) -> dict[str, str]:
    """The M4 SQL the engine runs for the raw line, and the sample it used to run."""
    plan = ChartPlan.model_validate({"sql": "SELECT * FROM t", "chart": LINE})
    src = engine.source("bench")
    catalog = engine.catalog("bench")
    compiled = compile_plan(guard_plan(plan, catalog, src.dialect), catalog)
    m4, reduction = reduce_m4(compiled, catalog, max_points)
    assert reduction is not None and reduction.kind == "m4", reduction
    sample, _ = reduce_sample(compiled, inner_select(compiled), catalog, max_points)
    return {
        "full ORDER BY x": "SELECT ts, v FROM t ORDER BY ts",
        "M4": m4.sql,
        "old sample": sample.sql,
    }


def _measure(
    name: str, target: str, run: Callable[[str], list[Any]], args: argparse.Namespace
) -> list[tuple[str, str, int, float]]:
    engine = Engine(EngineConfig(planner="rules", use_cache=False, max_points=args.max_points))
    engine.connect("bench", target)
    out = []
    for label, sql in _queries(engine, args.max_points).items():
        ms, rows = _median_ms(lambda sql=sql: run(sql), args.repeat)
        out.append((name, label, len(rows), ms))
    plan = ChartPlan.model_validate({"sql": "SELECT * FROM t", "chart": LINE})
    ms, answer = _median_ms(lambda: engine.run_plan(plan, "bench"), args.repeat)
    out.append((name, "engine M4, end to end", answer.rows, ms))
    engine.close()
    whole = EngineConfig(planner="rules", use_cache=False, reduce=False, max_rows=args.rows + 1)
    engine = Engine(whole)
    engine.connect("bench", target)
    ms, answer = _median_ms(lambda: engine.run_plan(plan, "bench"), args.repeat)
    out.append((name, "engine unreduced, e2e", answer.rows, ms))
    engine.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=float, default=1e6)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--max-points", type=int, default=2_500)
    parser.add_argument(
        "--pg-url", help="an existing PostgreSQL (postgresql://…) to write table t in"
    )
    args = parser.parse_args()
    rows = args.rows = int(args.rows)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        _sqlite_table(path, rows)

        lite = sqlite3.connect(path)
        results += _measure("SQLite", str(path), lambda sql: lite.execute(sql).fetchall(), args)
        lite.close()
    with _pg_server() if args.pg_url is None else nullcontext(args.pg_url) as url:
        import psycopg

        _pg_table(url, rows)

        with psycopg.connect(url, autocommit=True) as pg:
            results += _measure(
                "PostgreSQL",
                url.replace("postgresql://", "postgresql+psycopg://"),
                lambda sql: pg.execute(sql).fetchall(),  # type: ignore[arg-type]
                args,
            )
    print(f"{rows:,} rows, max_points={args.max_points}, median of {args.repeat} runs")
    print(f"{'database':<11} {'query':<22} {'rows':>9} {'ms':>9}")
    for db, label, n, ms in results:
        print(f"{db:<11} {label:<22} {n:>9,} {ms:>9.1f}")


if __name__ == "__main__":
    main()
