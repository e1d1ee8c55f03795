"""The attack corpus of issue 13 on real databases: what arrives without typing SQL.

``tests/corpus/hostile_sources.jsonl`` (see ``tests/corpus/make_sources_corpus.py``) holds hostile
file names, driver URL parameters, stored catalog objects (macros, functions, views,
generated columns, table engines) and result names, for DuckDB, SQLite, PostgreSQL,
MariaDB and chDB. Each attack goes through the engine as a user would meet it
(``%chart connect`` then a chart) and ends in one of:

* ``refused`` — an :class:`AiserError` with a stable code (never ``AISER-INTERNAL``);
* ``opened`` — it worked and did nothing it should not (an odd but harmless file name,
  a planted function that the query did not reach);
* ``executed`` — the attack ran: a planted object's marker in the output, a file it
  wrote, the canary secret in any output, rows deleted, or a hostile parameter or
  view accepted;
* ``internal`` — any other exception, or ``AISER-INTERNAL``.

Each test covers one class on one database and requires executed == 0 and internal
== 0; it prints its counts (``pytest -s``).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from sql_corpus import load

from aiser_jupyter.errors import AiserError

CORPUS = load("hostile_sources.jsonl")
MARKER = "PWNED-c0rpus-91e7"
SECRET = "CANARY-SOURCES-4d2a"
VERBOSE = bool(os.environ.get("AISER_CORPUS_VERBOSE"))
ORDERS = [
    (i, ("web", "store", "phone")[i % 3], f"2024-0{1 + i % 9}-1{i % 9}") for i in range(1, 31)
]


def _records(cls: str, dialect: str) -> list[dict[str, Any]]:
    return [r for r in CORPUS if r["class"] == cls and r["dialect"] == dialect]


class Box:
    """A temporary place for one attack: the canary, the out file, the working folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.canary = Path(tempfile.mkdtemp(prefix="c", dir="/tmp")) / "c.txt"
        self.canary.write_text(SECRET)
        self.out = root / "out" / "pwned.txt"
        self.out.parent.mkdir()
        self.out.parent.chmod(0o777)  # a PostgreSQL server writes as its own user
        self.cnf = root / "evil.cnf"
        self.cnf.write_text("[client]\ninit-command=DELETE FROM victims\n")

    def fill(self, text: str) -> str:
        parts = self.canary.parts[1:]
        values = {
            "{marker}": MARKER,
            "{out}": str(self.out),
            "{canary}": str(self.canary),
            "{cnf}": str(self.cnf),
            "{canary_sql}": "concat(chr(47), " + ", chr(47), ".join(f"'{p}'" for p in parts) + ")",
            "{canary_dollar}": "concat(chr(47), "
            + ", chr(47), ".join(f"$${p}$$" for p in parts)
            + ")",
        }
        for key, value in values.items():
            text = text.replace(key, value)
        return text

    def close(self) -> None:
        shutil.rmtree(self.canary.parent, ignore_errors=True)


@pytest.fixture()
def box(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Box]:
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    made = Box(tmp_path)
    yield made
    made.close()


def _snapshot(*folders: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for f in folders for p in sorted(f.rglob("*")) if p.is_file()}


def attempt(
    box: Box, target: str, query: str | None, *, extra: Callable[[Any], list[str]] | None = None
) -> tuple[str, str]:
    """Connect to ``target`` and chart ``query``: (outcome, detail). See the module docstring."""
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine

    engine = Engine(EngineConfig(planner="rules", use_cache=False, timeout=10))
    texts: list[str] = []
    outcome, detail = "opened", ""
    try:
        source = engine.connect("attack", target)
        texts += [source.display, source.notice or "", json.dumps(engine.sources())]
        if extra is not None:
            texts += extra(engine)
        if query is not None:
            answer = engine.ask(query)
            texts += [answer.df.to_csv(), answer.sql, *answer.notices]
            outcome, detail = "ran", answer.sql
    except AiserError as exc:
        texts.append(exc.text)
        outcome, detail = ("internal" if exc.code == "AISER-INTERNAL" else "refused"), exc.text
    except Exception as exc:
        outcome, detail = "internal", f"{type(exc).__name__}: {exc}"
    finally:
        engine.close()
    if any(MARKER in t or SECRET in t for t in texts) or box.out.exists():
        return "executed", f"the attack ran: {detail[:200]}"
    if any("download" in t.lower() for t in texts):  # DuckDB fetching an extension
        return "executed", detail
    return outcome, detail


def tally(
    cls: str, dialect: str, results: list[tuple[dict[str, Any], str, str]], skipped: int = 0
) -> None:
    counts = Counter(outcome for _, outcome, _ in results)
    print(
        f"\n[corpus] {cls:<12} {dialect:<8} attacks={len(results)} refused={counts['refused']} "
        f"opened={counts['opened']} executed={counts['executed']} internal={counts['internal']}"
        + (f" (not creatable here: {skipped})" if skipped else "")
    )
    for r, o, d in results:
        print(f"  {o:<9} {json.dumps(r)[:150]} -> {d[:150]}") if VERBOSE else None
    bad = [(r, o, d[:300]) for r, o, d in results if o in ("executed", "internal")]
    assert not bad, bad


# ----------------------------------------------------------------------------- databases
def _duckdb(path: Path, setup: Sequence[str] = ()) -> Path:
    import duckdb

    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE orders (order_id INTEGER, channel VARCHAR, order_date DATE)")
    con.executemany("INSERT INTO orders VALUES (?, ?, ?)", ORDERS)
    for statement in setup:
        con.execute(statement)
    con.close()
    return path


def _sqlite(path: Path, setup: Sequence[str] = ()) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE orders (order_id INTEGER, channel TEXT, order_date TEXT)")
    con.executemany("INSERT INTO orders VALUES (?, ?, ?)", ORDERS)
    for statement in setup:
        con.execute(statement)
    con.commit()
    con.close()
    return path


def _chdb(folder: Path, setup: Sequence[str] = ()) -> Path:
    chdb = pytest.importorskip("chdb")
    con = chdb.connect(str(folder))
    try:
        con.query(
            "CREATE TABLE orders (order_id Int32, channel String, order_date Date) "
            "ENGINE = MergeTree ORDER BY order_id"
        )
        values = ", ".join(f"({i}, '{c}', '{d}')" for i, c, d in ORDERS)
        con.query(f"INSERT INTO orders VALUES {values}")
        for statement in setup:
            con.query(statement)
    finally:
        con.close()
    return folder


# ----------------------------------------------------------------------------- file names
def _file_name(box: Box, record: dict[str, Any]) -> tuple[str, str]:
    name, target = box.fill(record["name"]), record["target"]
    folder = box.root / "data"
    folder.mkdir()
    try:
        if target == "folder":
            (folder / "orders.csv").write_text("order_id,channel\n1,web\n")
            path = folder / name
            if path.suffix == ".parquet":
                import pyarrow as pa
                import pyarrow.parquet as pq

                pq.write_table(pa.table({"order_id": [2]}), path)
            elif path.suffix == ".json":
                path.write_text('[{"order_id": 2}]')
            else:
                path.write_text("order_id,channel\n2,store\n")
            where = str(folder)
        elif target == "sqlite":
            where = str(_sqlite(folder / name))
        elif target == "duckdb":
            _duckdb(folder / name)
            shutil.copy(folder / name, Path.cwd() / name)
            where = name  # relative, as a user types it: DuckDB reads "md:" as a download
        else:
            (folder / name).mkdir()
            where = str(folder / name)
    except (OSError, ValueError, RuntimeError) as exc:  # the OS or chDB itself refuses
        return "skipped", f"cannot create {name!r}: {exc}"
    before = _snapshot(folder, Path.cwd())

    def read_all(engine: Any) -> list[str]:
        source = engine.source("attack")
        if target == "chdb":  # read-only must hold whatever the folder is called
            try:
                source.run("CREATE TABLE pwned (x Int32) ENGINE = Memory", _limits())
                return [MARKER]
            except AiserError:
                return []
        names = [t.name for t in engine.catalog("attack").tables]
        if "loot" in names:
            return [MARKER]
        return [source.run(f'SELECT * FROM "{t}"', _limits()).to_pandas().to_csv() for t in names]

    outcome, detail = attempt(box, where, None, extra=read_all)
    if _snapshot(folder, Path.cwd()) != before:
        return "executed", f"files changed: {detail}"
    return outcome, detail


def _limits() -> Any:
    from aiser_jupyter.engine.config import Limits

    return Limits(timeout=10)


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite", "chdb"])
def test_hostile_file_names(dialect: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    results = []
    for record in _records("file_name", dialect):
        root = tmp_path_factory.mktemp("name")
        (root / "cwd").mkdir()
        with pytest.MonkeyPatch.context() as patch:
            patch.chdir(root / "cwd")
            box = Box(root)
            try:
                outcome, detail = _file_name(box, record)
            finally:
                box.close()
        if outcome != "skipped":
            results.append((record, outcome, detail))
    tally("file_name", dialect, results, len(_records("file_name", dialect)) - len(results))


# ----------------------------------------------------------------------------- URL parameters
@pytest.fixture()
def victims(mariadb: Any) -> Iterator[Callable[[], int]]:
    con = mariadb.admin()
    with con.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS victims")
        cur.execute("CREATE TABLE victims (id INT)")
        cur.executemany("INSERT INTO victims VALUES (%s)", [(i,) for i in range(3)])

    def count() -> int:
        with con.cursor() as cur:
            cur.execute("SELECT count(*) FROM victims")
            return int(cur.fetchone()[0])

    yield count
    with con.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS victims")
    con.close()


def _url_params(dialect: str, base: str, box: Box, count: Callable[[], int] | None) -> None:
    results = []
    for record in _records("url_param", dialect):
        before = count() if count else 0
        outcome, detail = attempt(box, f"{base}?{box.fill(record['param'])}", "SELECT 1 AS one")
        if count and count() != before:
            outcome, detail = "executed", f"rows deleted: {detail}"
        elif outcome in ("opened", "ran"):  # a hostile parameter must never reach the driver
            outcome, detail = "executed", f"accepted: {detail}"
        elif outcome == "refused" and "AISER-SRC-PARAM" not in detail:
            outcome, detail = "executed", f"reached the driver: {detail}"
        results.append((record, outcome, detail))
    tally("url_param", dialect, results)


@pytest.mark.mysql
def test_hostile_url_parameters_mysql(mariadb: Any, victims: Callable[[], int], box: Box) -> None:
    _url_params("mysql", mariadb.url, box, victims)


@pytest.mark.postgres
def test_hostile_url_parameters_postgres(pg_server: Any, box: Box) -> None:
    _url_params("postgres", pg_server.url(), box, None)


def test_hostile_url_parameters_files(box: Box) -> None:
    _url_params("sqlite", f"sqlite:///{_sqlite(box.root / 'shop.sqlite')}", box, None)
    _url_params("duckdb", f"duckdb:///{_duckdb(box.root / 'shop.duckdb')}", box, None)
    chdb_folder = box.root / "shop.chdb"
    chdb_folder.mkdir()
    _url_params("chdb", f"chdb://{_chdb(chdb_folder)}", box, None)


# ----------------------------------------------------------------------------- stored objects
def _judge(record: dict[str, Any], outcome: str, detail: str) -> tuple[str, str]:
    if outcome == "ran" and record["expect"] == "refused":
        return "executed", f"a stored object that should be refused was run: {detail}"
    return ("opened" if outcome == "ran" else outcome), detail


def _stored_files(dialect: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    results = []
    for record in _records("stored", dialect):
        root = tmp_path_factory.mktemp("stored")
        box = Box(root)
        try:
            setup = [box.fill(s) for s in record["setup"]]
            if dialect == "duckdb":
                target = str(_duckdb(root / "s.duckdb", setup))
            elif dialect == "sqlite":
                target = str(_sqlite(root / "s.sqlite", setup))
            else:
                (root / "s.chdb").mkdir()
                target = str(_chdb(root / "s.chdb", setup))
            outcome, detail = attempt(box, target, box.fill(record["query"]))
        finally:
            box.close()
        results.append((record, *_judge(record, outcome, detail)))
    tally("stored", dialect, results)


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite", "chdb"])
def test_hostile_stored_objects_in_files(
    dialect: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    _stored_files(dialect, tmp_path_factory)


PLANTER = [
    "CREATE ROLE mallory NOLOGIN",
    "CREATE SCHEMA mallory AUTHORIZATION mallory",
    "GRANT USAGE ON SCHEMA mallory TO PUBLIC",
    "GRANT CREATE ON SCHEMA public TO mallory",
]


def _drop_mallory(con: Any) -> None:
    if con.execute("SELECT 1 FROM pg_roles WHERE rolname = 'mallory'").fetchone():
        con.execute("DROP OWNED BY mallory CASCADE")
        con.execute("DROP ROLE mallory")


@pytest.mark.postgres
def test_hostile_stored_objects_postgres(pg_server: Any, box: Box) -> None:
    results = []
    for record in _records("stored", "postgres"):
        with pg_server.admin() as con:
            _drop_mallory(con)
            for statement in PLANTER:
                con.execute(statement)
            con.execute("SET ROLE mallory")  # a low-privilege role plants; the superuser charts
            for statement in record["setup"]:
                con.execute(box.fill(statement))
            con.execute("RESET ROLE")
        try:
            outcome, detail = attempt(box, pg_server.url(), box.fill(record["query"]))
        finally:
            with pg_server.admin() as con:
                _drop_mallory(con)
        results.append((record, *_judge(record, outcome, detail)))
    tally("stored", "postgres", results)


@pytest.mark.mysql
def test_hostile_stored_objects_mysql(mariadb: Any, box: Box) -> None:
    results = []
    con = mariadb.admin()
    try:
        for record in _records("stored", "mysql"):
            with con.cursor() as cur:
                for statement in record["setup"]:
                    cur.execute(box.fill(statement))
            try:
                outcome, detail = attempt(box, mariadb.url, box.fill(record["query"]))
            finally:
                with con.cursor() as cur:
                    cur.execute(
                        "SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'shop'"
                    )
                    for (name,) in cur.fetchall():
                        cur.execute(f"DROP FUNCTION `{name}`")
                    for name in ("report", "inner_v"):
                        cur.execute(f"DROP VIEW IF EXISTS `{name}`")
            results.append((record, *_judge(record, outcome, detail)))
    finally:
        con.close()
    tally("stored", "mysql", results)


# ----------------------------------------------------------------------------- result names
def _result_names(dialect: str, target: str, box: Box) -> None:
    results = []
    for record in _records("result_names", dialect):
        outcome, detail = attempt(box, target, record["query"])
        if outcome == "refused" and "AISER-SQL-DUPLICATE" not in detail:
            outcome, detail = "internal", f"not the duplicate-name refusal: {detail}"
        results.append((record, "opened" if outcome == "ran" else outcome, detail))
    tally("result_names", dialect, results)


def test_duplicate_result_names_files(box: Box) -> None:
    _result_names("duckdb", str(_duckdb(box.root / "shop.duckdb")), box)
    _result_names("sqlite", str(_sqlite(box.root / "shop.sqlite")), box)
    (box.root / "shop.chdb").mkdir()
    _result_names("chdb", str(_chdb(box.root / "shop.chdb")), box)


@pytest.mark.postgres
def test_duplicate_result_names_postgres(pg_server: Any, box: Box) -> None:
    _result_names("postgres", pg_server.url(), box)


@pytest.mark.mysql
def test_duplicate_result_names_mysql(mariadb: Any, box: Box) -> None:
    _result_names("mysql", mariadb.url, box)
