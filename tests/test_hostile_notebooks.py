"""Attack corpus: hostile dashboard notebooks, plan cells and panel messages (issue 13).

The typed-SQL corpus (``tests/corpus``, ``test_hostile_cli.py``) attacks the guard;
this one attacks what reaches the engine *around* typed SQL — files someone sends
you and messages any page script can send to the kernel:

- ``notebook-source``: a chart cell's stored source is a URL, a path or ``${VAR}``;
- ``notebook-metadata``: malformed widths, plans, filters, layout, notes, NaN figures;
- ``notebook-plan``: a stored plan whose SQL reads files, writes, loads code or sleeps,
  drawn as every chart kind that reads bounds or statistics first, per dialect;
- ``plan-cell``: a ``%%chart`` plan cell naming a URL/path source or a hostile plan;
- ``comm``: panel messages nested deep, of the wrong types, naming URLs as sources,
  saving outside the kernel's folder, oversized.

Every attack must get a coded refusal (an ``AISER-`` code other than
``AISER-INTERNAL``) with nothing executed — no query for a hostile plan reaches the
database, no connection reaches the loopback listener, no file is written, no source
is opened — and nothing leaked (no environment secret in any output). The tally per
class (attacks, refused, executed, internal errors) is asserted and printed at the end
(run with ``-s`` to see it).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from crafted import (
    METADATA_CASES,
    REGION_PLAN,
    Listener,
    chart_cell,
    crafted_notebook,
    stored_sources,
)

from aiser_jupyter.errors import AiserError

SECRETS = {"AISER_T_USER": "HostileUser-4c1e", "AISER_T_SECRET": "HostileSecret-90ab7d"}
DRIVER = """
import contextlib, io, json, sys
from aiser_jupyter.cli import main
results = []
for argv in json.load(open(sys.argv[1])):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except BaseException as exc:
            code, err = 99, io.StringIO(f"{type(exc).__name__}: {exc}")
    results.append([code, out.getvalue(), err.getvalue()])
json.dump(results, open(sys.argv[2], "w"))
"""


@dataclass
class Tally:
    attacks: int = 0
    refused: int = 0
    executed: int = 0
    internal: int = 0
    leaked: int = 0


TALLY: dict[str, Tally] = {}


def tally(kind: str, code: str | None, *, executed: bool = False, leaked: bool = False) -> str:
    """Count one attack; return what happened ("refused", "executed", "internal", "leaked")."""
    row = TALLY.setdefault(kind, Tally())
    row.attacks += 1
    if executed:
        row.executed += 1
        return "executed"
    if leaked:
        row.leaked += 1
        return "leaked"
    if code is None or not code.startswith("AISER-") or code == "AISER-INTERNAL":
        row.internal += 1
        return "internal"
    row.refused += 1
    return "refused"


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    if not TALLY:
        return
    print("\nattack corpus (issue 13):")
    print(f"{'class':<20}{'attacks':>8}{'refused':>8}{'executed':>9}{'internal':>9}{'leaked':>7}")
    for kind, row in sorted(TALLY.items()):
        print(
            f"{kind:<20}{row.attacks:>8}{row.refused:>8}{row.executed:>9}{row.internal:>9}"
            f"{row.leaked:>7}"
        )


def assert_all_refused(kind: str, outcomes: dict[str, str]) -> None:
    bad = {name: what for name, what in outcomes.items() if what != "refused"}
    assert not bad, f"{kind}: {bad}"
    row = TALLY[kind]
    assert row.executed == row.internal == row.leaked == 0


@pytest.fixture()
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, demo_path: Path, sqlite_shop: Path) -> Path:
    here = tmp_path_factory.mktemp("hostile-files")
    shutil.copy(sqlite_shop, here / "shop.sqlite")
    shutil.copy(demo_path, here / "shop.duckdb")
    (here / "csv").mkdir()
    (here / "csv" / "regions.csv").write_text("region_id,name\n1,East\n")
    (here / "x.chdb").mkdir()
    return here


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (symbolic links not followed) and a hash of its bytes."""
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


# ----------------------------------------------------------------------------- notebooks
def test_notebook_sources_and_metadata_through_the_cli(
    folder: Path, listener: Listener, tmp_path: Path
) -> None:
    cases: dict[str, tuple[str, dict[str, Any]]] = {}
    for name, stored in stored_sources(listener.port, folder).items():
        cases[f"source:{name}"] = ("notebook-source", {"cells": [chart_cell(source=stored)]})
    for name, (case, _) in METADATA_CASES.items():
        cases[f"meta:{name}"] = ("notebook-metadata", case)
    argvs, names = [], []
    for name, (_, case) in cases.items():
        slug = name.replace(":", "-")
        board = crafted_notebook(
            tmp_path / f"{slug}.ipynb", case["cells"], case.get("meta"), allow_nan=True
        )
        for refresh in (True, False):
            argv = ["export", str(board), "-o", str(tmp_path / f"{slug}.html")]
            argvs.append([*argv, "--db", f"shop={folder / 'shop.sqlite'}"])
            if not refresh:
                argvs[-1].append("--no-refresh")
            names.append((name, refresh))
    before = snapshot(folder)
    (tmp_path / "argv.json").write_text(json.dumps(argvs))
    env = {**os.environ, **SECRETS, "AISER_T_DIR": str(folder), "HOME": str(folder)}
    subprocess.run(
        [sys.executable, "-c", DRIVER, str(tmp_path / "argv.json"), str(tmp_path / "out.json")],
        env=env,
        check=True,
        timeout=600,
        capture_output=True,
    )
    results = json.loads((tmp_path / "out.json").read_text())
    outcomes: dict[str, dict[str, str]] = {"notebook-source": {}, "notebook-metadata": {}}
    for (name, refresh), (status, out, err) in zip(names, results, strict=True):
        kind = cases[name][0]
        code = err.split(":", 1)[0] if status == 2 and err.startswith("AISER-") else None
        leaked = any(v in out + err for v in SECRETS.values())
        html = tmp_path / f"{name.replace(':', '-')}.html"
        outcomes[kind][f"{name} refresh={refresh}"] = tally(
            kind, code, executed=html.exists(), leaked=leaked
        )
    assert listener.connections == [], "a stored source connected"
    for kind, found in outcomes.items():
        assert_all_refused(kind, found)
    assert snapshot(folder) == before


#: dialect -> (two numeric columns and their table, hostile base queries)
HOSTILE_PLANS: dict[str, tuple[str, list[str]]] = {
    "duckdb": (
        "SELECT l.revenue AS a, l.quantity AS b FROM order_lines l",
        [
            "SELECT size AS a, size AS b FROM read_text('/etc/passwd')",
            "SELECT l.revenue AS a, l.quantity AS b FROM order_lines l, read_csv('/etc/passwd') t",
            "SELECT revenue AS a, quantity AS b FROM order_lines WHERE getenv('HOME') IS NOT NULL",
            "SELECT revenue AS a, quantity AS b FROM order_lines WHERE current_setting('threads') > 0",
            "SELECT value AS a, 1 AS b FROM duckdb_settings()",
            "SELECT 1 AS a, 2 AS b FROM '/etc/passwd'",
            "COPY (SELECT 1 AS a, 2 AS b) TO '/tmp/aiser-pwned.csv'",
            "SELECT 1 AS a, 2 AS b; DROP TABLE orders",
            "ATTACH '/tmp/aiser-pwned.duckdb' AS p",
            "INSTALL httpfs",
        ],
    ),
    "sqlite": (
        "SELECT total AS a, customer_id AS b FROM orders",
        [
            "SELECT total AS a, customer_id AS b FROM orders WHERE load_extension('/tmp/x.so') IS NULL",
            "SELECT readfile('/etc/passwd') AS a, 1 AS b FROM orders",
            "SELECT writefile('/tmp/aiser-pwned', 'x') AS a, 1 AS b FROM orders",
            "SELECT 1 AS a, 2 AS b FROM sqlite_master",
            "ATTACH DATABASE '/tmp/aiser-pwned.db' AS p",
            "PRAGMA writable_schema = ON",
            "SELECT 1 AS a, 2 AS b; DELETE FROM orders",
            "SELECT total AS a, customer_id AS b FROM orders WHERE randomblob(1000000000) IS NULL",
        ],
    ),
    "postgres": (
        "SELECT customer_id AS a, region_id AS b FROM customers",
        [
            "SELECT customer_id AS a, region_id AS b FROM customers "
            "WHERE length(pg_read_file('/etc/passwd')) > 0",
            "SELECT 1 AS a, 2 AS b FROM pg_ls_dir('/') d",
            "SELECT customer_id AS a, lo_import('/etc/passwd') AS b FROM customers",
            "SELECT customer_id AS a, region_id AS b FROM customers WHERE pg_sleep(30) IS NULL",
            "SELECT customer_id AS a, region_id AS b FROM customers "
            "WHERE set_config('statement_timeout', '0', false) IS NOT NULL",
            "SELECT 1 AS a, 2 AS b FROM pg_shadow",
            "COPY (SELECT 1) TO PROGRAM 'touch /tmp/aiser-pwned'",
            "SELECT 1 AS a, 2 AS b; DROP TABLE regions",
            "SELECT customer_id AS a, region_id AS b FROM customers "
            "WHERE query_to_xml('select 1', true, true, '') IS NOT NULL",
        ],
    ),
}
BIN = {"maxbins": 10}
CHARTS: dict[str, dict[str, Any]] = {
    "heatmap": {
        "mark": "heatmap",
        "encoding": {"x": {"field": "a", "bin": BIN}, "y": {"field": "b", "bin": BIN}},
    },
    "histogram": {"mark": "histogram", "encoding": {"x": {"field": "a", "bin": BIN}}},
    "line": {
        "mark": "line",
        "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b"}},
    },
    "scatter": {"mark": "point", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}},
    "bar": {
        "mark": "bar",
        "encoding": {"x": {"field": "a"}, "y": {"field": "b", "aggregate": "sum"}},
    },
}


@pytest.fixture(params=sorted(HOSTILE_PLANS))
def shop(
    request: pytest.FixtureRequest, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, Any, list[str]]]:
    """An engine with the dialect's shop connected as ``shop`` and every later query recorded."""
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine

    dialect = request.param
    engine = Engine(EngineConfig(planner="rules", use_cache=False, max_points=10))
    if dialect == "postgres":
        request.applymarker(pytest.mark.postgres)
        engine.connect("shop", request.getfixturevalue("pg_server").url())
    else:
        engine.connect("shop", str(folder / f"shop.{dialect}"))
    engine.catalog("shop")  # the catalog's own queries are trusted and come first
    sent: list[str] = []
    source = engine.source("shop")
    original = type(source).run
    monkeypatch.setattr(
        type(source),
        "run",
        lambda self, sql, limits: sent.append(sql) or original(self, sql, limits),
    )
    yield dialect, engine, sent
    engine.close()


def test_hostile_plans_stored_in_a_dashboard(
    shop: tuple[str, Any, list[str]], tmp_path: Path
) -> None:
    from aiser_jupyter.engine.dashboards.dashboard import Dashboard
    from aiser_jupyter.engine.dashboards.export import export_html
    from aiser_jupyter.engine.dashboards.live import run_dashboard

    dialect, engine, sent = shop
    outcomes: dict[str, str] = {}
    filters = {"version": 1, "filters": [{"name": "a", "column": "a"}]}
    for n, sql in enumerate(HOSTILE_PLANS[dialect][1]):
        for mark, chart in CHARTS.items():
            plan = {"sql": sql, "chart": chart}
            board = crafted_notebook(
                tmp_path / f"{n}-{mark}.ipynb", [chart_cell(source="shop", plan=plan)], filters
            )
            out = tmp_path / f"{n}-{mark}.html"
            for entry in ("export", "filters"):
                sent.clear()
                code = None
                try:
                    if entry == "export":
                        export_html(board, out, engine=engine)
                    else:
                        ((_, result),) = run_dashboard(Dashboard.open(board), engine, {"a": [1]})
                        code = result.code if isinstance(result, AiserError) else "ran"
                except AiserError as exc:
                    code = exc.code
                except Exception as exc:  # counted as an internal error, reported below
                    code = type(exc).__name__
                executed = bool(sent) or out.exists() or code == "ran"
                refused_by_guard = code is not None and code.startswith("AISER-SQL-")
                what = tally("notebook-plan", code if refused_by_guard else None, executed=executed)
                outcomes[f"{dialect} #{n} {mark} {entry}"] = f"{what} ({code})"
    bad = {k: v for k, v in outcomes.items() if not v.startswith("refused")}
    assert not bad, bad
    assert not Path("/tmp/aiser-pwned").exists() and not Path("/tmp/aiser-pwned.csv").exists()


def test_benign_plans_stored_in_a_dashboard_still_run(
    shop: tuple[str, Any, list[str]], tmp_path: Path
) -> None:
    from aiser_jupyter.engine.dashboards.export import export_html

    dialect, engine, sent = shop
    cells = [
        chart_cell(f"c-{mark}", source="shop", plan={"sql": HOSTILE_PLANS[dialect][0], "chart": c})
        for mark, c in CHARTS.items()
    ]
    board = crafted_notebook(tmp_path / "benign.ipynb", cells)
    report = export_html(board, tmp_path / "benign.html", engine=engine)
    assert report.charts == len(CHARTS) and sent


# ----------------------------------------------------------------------------- plan cells
def test_plan_cells_name_aliases_and_carry_plans_only(
    shell: Any, folder: Path, listener: Listener, monkeypatch: pytest.MonkeyPatch
) -> None:
    from IPython.utils.capture import capture_output

    from aiser_jupyter.engine.sources.open import DuckDBSource

    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    sent: list[str] = []
    original = DuckDBSource.run
    from aiser_jupyter._kernel import get_engine

    get_engine(shell).catalog("demo")  # the catalog's own (trusted) queries come first
    monkeypatch.setattr(
        DuckDBSource,
        "run",
        lambda self, sql, limits: sent.append(sql) or original(self, sql, limits),
    )
    plan = json.dumps(REGION_PLAN)
    cells = {
        f"source:{name}": f"%%chart --db {stored}\n{plan}"
        for name, stored in stored_sources(listener.port, folder).items()
        if " " not in stored
    }
    for n, sql in enumerate(HOSTILE_PLANS["duckdb"][1]):
        for mark in ("heatmap", "histogram"):
            body = json.dumps({"sql": sql, "chart": CHARTS[mark]})
            cells[f"plan:{n}:{mark}"] = f"%%chart --db demo\n{body}"
    cells["plan:not-json-chart"] = "%%chart --db demo\nSELECT 1 AS a\n-- chart: {"
    cells["plan:bad-mark"] = '%%chart --db demo\n{"sql": "SELECT 1 AS a", "chart": {"mark": "x"}}'
    outcomes = {}
    for name, cell in cells.items():
        sent.clear()
        with capture_output() as out:
            result = shell.run_cell(cell, store_history=False)
        error = str(result.error_in_exec or "")
        code = error.split(":", 1)[0] if error.startswith("AISER-") else None
        leaked = any(v in error + out.stdout + out.stderr for v in SECRETS.values())
        outcomes[name] = tally(
            "plan-cell", code, executed=bool(sent) or result.success, leaked=leaked
        )
    assert listener.connections == []
    assert_all_refused("plan-cell", outcomes)


# ----------------------------------------------------------------------------- panel messages
class Comm:
    """The comm transport only (the handler behind it is the real one)."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def send(self, data: dict[str, Any]) -> None:
        self.sent.append(data)

    def on_msg(self, _handler: Any) -> None:
        pass

    def on_close(self, _handler: Any) -> None:
        pass


def final_reply(comm: Comm, request_id: Any, timeout: float = 60) -> dict[str, Any] | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mine = [m for m in comm.sent if m.get("id") == request_id and m["type"] != "status"]
        if mine:
            comm.sent = [m for m in comm.sent if m.get("id") != request_id]
            return mine[-1]
        time.sleep(0.02)
    return None


def nested(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


def comm_attacks(port: int, folder: Path, work: Path) -> dict[str, Any]:
    base = {"v": 1, "type": "ask", "question": "total revenue by region"}
    attacks: dict[str, Any] = {}
    for levels in (17, 100, 990, 5_000, 100_000):
        attacks[f"nested-source-{levels}"] = {**base, "source": nested(levels)}
        attacks[f"nested-extra-{levels}"] = {"v": 1, "type": "sources", "x": nested(levels)}
        attacks[f"nested-root-{levels}"] = nested(levels)
    for name, value in (("none", None), ("text", "ask"), ("list", [1]), ("number", 7)):
        attacks[f"not-object-{name}"] = value
    for name, stored in stored_sources(port, folder).items():
        attacks[f"source-{name}"] = {**base, "source": stored}
    attacks["source-unknown-alias"] = {**base, "source": "nosuch"}
    wrong = {
        "v-text": {**base, "v": "1"},
        "v-2": {**base, "v": 2},
        "id-number": {**base, "id": 7},
        "question-list": {**base, "question": ["a"]},
        "question-empty": {**base, "question": ""},
        "source-number": {**base, "source": 5},
        "source-object": {**base, "source": {"url": "x"}},
        "type-unknown": {"v": 1, "type": "exec", "code": "import os"},
        "type-missing": {"v": 1},
        "extra-field": {**base, "sql": "DROP TABLE orders"},
        "save-dashboard-number": {"v": 1, "type": "save", "target": "kept", "dashboard": 5},
        "save-not-notebook": {
            "v": 1,
            "type": "save",
            "target": "kept",
            "dashboard": "/etc/cron.d/x",
        },
        "save-title-list": {
            "v": 1,
            "type": "save",
            "target": "kept",
            "dashboard": "ok.ipynb",
            "title": ["x"],
        },
        "interrupt-no-target": {"v": 1, "type": "interrupt"},
        "oversized": {**base, "question": "x" * 70_000},
        "question-drop": {**base, "question": "DROP TABLE orders"},
        "question-read-file": {**base, "question": "SELECT * FROM read_text('/etc/passwd')"},
        "question-getenv": {**base, "question": "SELECT getenv('AISER_T_SECRET') AS s"},
    }
    attacks.update(wrong)
    outside = folder / "outside-comm.ipynb"
    for name, path in {
        "absolute": str(outside),
        "dot-dot": os.path.relpath(outside, work),
        "symlink": "escape/outside-comm.ipynb",
        "symlink-file": "link.ipynb",
        "folder": "folder.ipynb",
        "nul": "a\x00b.ipynb",
        "missing-folder": "no/such/x.ipynb",
        "etc": "/etc/aiser-comm.ipynb",
        "proc": "/proc/self/x.ipynb",
    }.items():
        attacks[f"save-{name}"] = {"v": 1, "type": "save", "target": "kept", "dashboard": path}
    return attacks


def test_panel_messages(folder: Path, listener: Listener, tmp_path: Path, monkeypatch: Any) -> None:
    from aiser_jupyter import _kernel
    from aiser_jupyter._comm import _Handler

    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    work = tmp_path / "kernel"
    work.mkdir()
    (work / "escape").symlink_to(folder)
    (work / "link.ipynb").symlink_to(folder / "outside-link.ipynb")
    (work / "folder.ipynb").mkdir()
    monkeypatch.chdir(work)
    comm = Comm()
    handler = _Handler(comm)
    try:
        handler.on_msg(
            {
                "content": {
                    "data": {
                        "v": 1,
                        "id": "kept",
                        "type": "ask",
                        "question": "total revenue by region",
                    }
                }
            }
        )
        kept = final_reply(comm, "kept")
        assert kept is not None and kept["type"] == "answer", kept
        engine = _kernel.get_engine()
        sources_before = engine.sources()
        before = snapshot(tmp_path), snapshot(folder)
        outcomes = {}
        for name, data in comm_attacks(listener.port, folder, work).items():
            request_id = f"attack-{name}"
            if isinstance(data, dict) and name != "id-number":
                data = {**data, "id": request_id}
            else:
                request_id = None
            comm.sent.clear()
            try:
                handler.on_msg({"content": {"data": data}})
            except Exception as exc:  # must never happen: counted as internal
                outcomes[name] = tally("comm", type(exc).__name__)
                continue
            reply = final_reply(comm, request_id)
            code = reply.get("code") if reply and reply["type"] == "error" else None
            text = json.dumps(reply)
            executed = reply is not None and reply["type"] in ("answer", "saved")
            leaked = any(v in text for v in SECRETS.values())
            outcomes[name] = tally("comm", code, executed=executed, leaked=leaked)
        assert engine.sources() == sources_before, "a message opened a source"
        assert snapshot(folder) == before[1], "a message wrote outside the kernel's folder"
        assert snapshot(tmp_path) == before[0]
        assert listener.connections == []
        assert_all_refused("comm", outcomes)
    finally:
        _kernel.reset()
