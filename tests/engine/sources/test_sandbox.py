"""The database is the boundary: sandboxed sources stop what the guard would stop, without it.

These tests run raw SQL straight through ``Source.run`` (the guard bypassed, as a
bug in it would) on copies of the demo database, and check that nothing changes,
no file outside the source is read or written and no setting can be unlocked.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sql_corpus import HOSTILE, TABLES

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import DuckDBSource, SQLAlchemySource, open_source
from aiser_jupyter.errors import AiserError

SECRET = "AISER-CANARY-7f3a9c"
CANARY_PREFIX = "/tmp/aiser-canary"  # what the corpus uses; replaced by a tmp folder here
LIMITS = Limits(max_rows=1000, timeout=0.5)
#: for the test's own checks (checksums, settings): not the attack's limit, and a busy machine
#: must not fail them
CHECKS = Limits(max_rows=1000, timeout=60)


@pytest.fixture()
def canary(tmp_path: Path) -> Path:
    """A folder of files holding a secret that no query may ever return."""
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "canary"
    folder.mkdir()
    (folder / "secret.txt").write_text(f"{SECRET}\n")
    (folder / "secret.csv").write_text(f"secret\n{SECRET}\n")
    (folder / "secret.json").write_text(f'{{"secret": "{SECRET}"}}\n')
    pq.write_table(pa.table({"secret": [SECRET]}), folder / "secret.parquet")
    con = sqlite3.connect(folder / "secret.db")
    con.execute("CREATE TABLE secret (secret TEXT)")
    con.execute("INSERT INTO secret VALUES (?)", (SECRET,))
    con.commit()
    con.close()
    duck = duckdb.connect(str(folder / "secret.duckdb"))
    duck.execute(f"CREATE TABLE secret AS SELECT '{SECRET}' AS secret")
    duck.close()
    return folder


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def _attempt(source: Any, sql: str) -> str:
    """Run ``sql``; return what came back as text ('' when refused)."""
    try:
        return str(source.run(sql, LIMITS).to_pylist())
    except AiserError:
        return ""


# --------------------------------------------------------------------------- DuckDB
@pytest.fixture()
def duck_copy(demo_path: Path, tmp_path: Path) -> Iterator[tuple[DuckDBSource, Path]]:
    path = tmp_path / "demo-copy.duckdb"
    shutil.copy(demo_path, path)
    source = DuckDBSource("demo_copy", path)
    yield source, path
    source.close()


def _duck_checksums(source: DuckDBSource) -> dict[str, Any]:
    return {
        t: source.run(
            f"SELECT count(*) AS n, sum(hash(x::VARCHAR)) AS h FROM {t} x", CHECKS
        ).to_pylist()
        for t in TABLES
    }


def test_duckdb_boundary_without_the_guard(
    duck_copy: tuple[DuckDBSource, Path], canary: Path
) -> None:
    source, path = duck_copy
    before, digest, files = _duck_checksums(source), _sha256(path), _files(canary)
    entries = [r for r in HOSTILE if r["dialect"] == "duckdb"]
    assert len(entries) >= 100
    leaked = []
    for row in entries:
        output = _attempt(source, row["sql"].replace(CANARY_PREFIX, str(canary)))
        if SECRET in output:
            leaked.append(row["sql"])
    assert leaked == []
    assert _duck_checksums(source) == before
    assert _files(canary) == files  # nothing written (COPY TO, EXPORT, ATTACH new file)
    settings = source.run(
        "SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked, "
        "current_setting('python_enable_replacements') AS repl",
        CHECKS,
    ).to_pylist()[0]
    assert settings == {"ext": False, "locked": True, "repl": False}
    source.close()
    assert _sha256(path) == digest


def test_duckdb_cannot_read_a_kernel_dataframe(duck_copy: tuple[DuckDBSource, Path]) -> None:
    import pandas as pd

    source, _ = duck_copy
    secret_frame = pd.DataFrame({"secret": [SECRET]})  # noqa: F841 - the replacement scan's target
    with pytest.raises(AiserError) as info:
        source.run("SELECT * FROM secret_frame", LIMITS)
    assert info.value.code == "AISER-DB-EXEC"


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('{c}/secret.csv')",
        "SELECT * FROM '{c}/secret.csv'",
        "SELECT content FROM read_text('{c}/secret.txt')",
        "SELECT * FROM read_parquet('{c}/secret.parquet')",
        "SELECT * FROM read_json_auto('{c}/secret.json')",
        "ATTACH '{c}/secret.duckdb' AS s",
        "COPY (SELECT 1) TO '{c}/out.csv'",
    ],
)
def test_duckdb_cannot_touch_files(
    duck_copy: tuple[DuckDBSource, Path], canary: Path, sql: str
) -> None:
    source, _ = duck_copy
    files = _files(canary)
    with pytest.raises(AiserError) as info:
        source.run(sql.format(c=canary), LIMITS)
    assert info.value.code == "AISER-DB-EXEC"
    assert _files(canary) == files


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('http://127.0.0.1:9/x')",
        "SELECT * FROM 'http://127.0.0.1:9/x.parquet'",
        "SELECT * FROM read_parquet('https://127.0.0.1:9/x.parquet')",
    ],
)
def test_duckdb_cannot_reach_urls(duck_copy: tuple[DuckDBSource, Path], sql: str) -> None:
    with pytest.raises(AiserError) as info:
        duck_copy[0].run(sql, LIMITS)
    assert info.value.code == "AISER-DB-EXEC"


@pytest.mark.parametrize(
    "sql",
    [
        "SET enable_external_access = true",
        "SET lock_configuration = false",
        "RESET lock_configuration",
        "SET python_enable_replacements = true",
        "SET autoinstall_known_extensions = true",
        "INSTALL httpfs",
        "LOAD httpfs",
        "FORCE INSTALL httpfs",
    ],
)
def test_duckdb_settings_and_extensions_are_locked(
    duck_copy: tuple[DuckDBSource, Path], sql: str
) -> None:
    source, _ = duck_copy
    with pytest.raises(AiserError):
        source.run(sql, LIMITS)
    ext = source.run("SELECT current_setting('enable_external_access') AS v", CHECKS).to_pylist()
    assert ext == [{"v": False}]


def test_duckdb_csv_registered_by_trusted_code_is_queryable(tmp_path: Path, canary: Path) -> None:
    csv = tmp_path / "sales.csv"
    csv.write_text("region,amount\nNorth,10\nSouth,5\nNorth,2\n")
    source = open_source("sales", str(csv))
    try:
        rows = source.run(
            "SELECT region, sum(amount) AS total FROM sales GROUP BY 1 ORDER BY 1", CHECKS
        )
        assert rows.to_pylist() == [
            {"region": "North", "total": 12},
            {"region": "South", "total": 5},
        ]
        with pytest.raises(AiserError):  # the allowed path is that one file, not its neighbours
            source.run(f"SELECT * FROM read_csv('{canary}/secret.csv')", LIMITS)
    finally:
        source.close()


# --------------------------------------------------------------------------- SQLite
@pytest.fixture()
def sqlite_copy(sqlite_demo: Path, tmp_path: Path) -> Iterator[tuple[SQLAlchemySource, Path]]:
    path = tmp_path / "demo-copy.sqlite"
    shutil.copy(sqlite_demo, path)
    source = SQLAlchemySource("sqlite_copy", f"sqlite:///{path}")
    yield source, path
    source.close()


def _sqlite_checksums(path: Path) -> dict[str, Any]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            t: hash(tuple(con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()))
            for t in TABLES
        }
    finally:
        con.close()


def test_sqlite_boundary_without_the_guard(
    sqlite_copy: tuple[SQLAlchemySource, Path], canary: Path
) -> None:
    source, path = sqlite_copy
    before, files = _sqlite_checksums(path), _files(canary)
    entries = [r for r in HOSTILE if r["dialect"] == "sqlite"]
    assert len(entries) >= 50
    leaked = []
    for row in entries:
        output = _attempt(source, row["sql"].replace(CANARY_PREFIX, str(canary)))
        if SECRET in output:
            leaked.append(row["sql"])
    assert leaked == []
    source.close()
    assert _sqlite_checksums(path) == before
    assert _files(canary) == files


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM orders",
        "DROP TABLE regions",
        "PRAGMA query_only = 0",
        "ATTACH DATABASE '{c}/secret.db' AS s",
        "ATTACH DATABASE '{c}/new.db' AS n",
        "SELECT load_extension('{c}/evil.so')",
    ],
)
def test_sqlite_refuses_writes_attach_and_extensions(
    sqlite_copy: tuple[SQLAlchemySource, Path], canary: Path, sql: str
) -> None:
    source, _ = sqlite_copy
    files = _files(canary)
    with pytest.raises(AiserError):
        source.run(sql.format(c=canary), LIMITS)
    assert _files(canary) == files
    assert source.run("SELECT count(*) AS n FROM regions", CHECKS).to_pylist() == [{"n": 5}]
