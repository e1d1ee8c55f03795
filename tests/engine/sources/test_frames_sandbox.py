"""A frame source is a sandbox even without the guard, and hostile names stay names.

The demo's tables are loaded as pandas, polars and Arrow frames; the whole hostile SQL
corpus then runs straight through ``Source.run`` (the guard bypassed, as a bug in it
would): no file is read or written, no setting unlocked, no frame changed or dropped,
no kernel variable reached by name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

from aiser_jupyter.engine.config import EngineConfig, Limits
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.sources.frames import FrameSource
from aiser_jupyter.errors import AiserError

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "hostile_sql.jsonl"
SECRET = "AISER-CANARY-7f3a9c"
CANARY_PREFIX = "/tmp/aiser-canary"
LIMITS = Limits(max_rows=1000, timeout=0.5)
TABLES = ("regions", "categories", "products", "customers", "orders", "order_lines")


@pytest.fixture(scope="module")
def demo_frames(demo_path: Path) -> dict[str, Any]:
    """The demo's tables as frames: pandas, polars and Arrow in turn."""
    con = duckdb.connect(str(demo_path), read_only=True)
    kinds = [
        lambda t: t.to_pandas(),
        pl.from_arrow,
        lambda t: t,
    ]
    frames = {
        name: kinds[i % 3](con.sql(f"SELECT * FROM {name}").arrow().read_all())
        for i, name in enumerate(TABLES)
    }
    con.close()
    return frames


@pytest.fixture()
def source(demo_frames: dict[str, Any]) -> Iterator[FrameSource]:
    src = FrameSource("frames", demo_frames)
    yield src
    src.close()


@pytest.fixture()
def canary(tmp_path: Path) -> Path:
    folder = tmp_path / "canary"
    folder.mkdir()
    (folder / "secret.txt").write_text(f"{SECRET}\n")
    (folder / "secret.csv").write_text(f"secret\n{SECRET}\n")
    con = duckdb.connect(str(folder / "secret.duckdb"))
    con.execute(f"CREATE TABLE secret AS SELECT '{SECRET}' AS secret")
    con.close()
    return folder


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def _checksums(source: FrameSource) -> dict[str, Any]:
    return {
        t: source.run(
            f'SELECT count(*) AS n, sum(hash(x::VARCHAR)) AS h FROM "{t}" x', LIMITS
        ).to_pylist()
        for t in TABLES
    }


def _counts(source: FrameSource) -> dict[str, Any]:
    return {t: source.run(f'SELECT count(*) AS n FROM "{t}"', LIMITS).to_pylist() for t in TABLES}


def _attempt(source: FrameSource, sql: str) -> str:
    try:
        return str(source.run(sql, LIMITS).to_pylist())
    except AiserError:
        return ""


def test_the_hostile_corpus_changes_nothing_without_the_guard(
    source: FrameSource, canary: Path, demo_frames: dict[str, Any]
) -> None:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    entries = [r for r in rows if r["dialect"] == "duckdb"]
    assert len(entries) >= 100
    before, files = _checksums(source), _files(canary)
    shapes = {name: f.shape for name, f in demo_frames.items()}
    leaked = [
        r["sql"]
        for r in entries
        if SECRET in _attempt(source, r["sql"].replace(CANARY_PREFIX, str(canary)))
    ]
    assert leaked == []
    assert _checksums(source) == before  # every frame still there, unchanged
    assert _files(canary) == files
    assert {name: f.shape for name, f in demo_frames.items()} == shapes
    settings = source.run(
        "SELECT current_setting('enable_external_access') AS ext, "
        "current_setting('lock_configuration') AS locked, "
        "current_setting('python_enable_replacements') AS repl",
        LIMITS,
    ).to_pylist()[0]
    assert settings == {"ext": False, "locked": True, "repl": False}


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('{c}/secret.csv')",
        "SELECT * FROM '{c}/secret.csv'",
        "SELECT content FROM read_text('{c}/secret.txt')",
        "SELECT * FROM read_csv('http://127.0.0.1:9/x')",
        "ATTACH '{c}/secret.duckdb' AS s",
        "COPY (SELECT 1) TO '{c}/out.csv'",
        "COPY regions TO '{c}/regions.csv'",
        "EXPORT DATABASE '{c}/dump'",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "RESET lock_configuration",
        "SET python_enable_replacements = true",
        "CREATE TABLE stolen AS SELECT * FROM regions",
        "DROP VIEW regions",
        "CREATE OR REPLACE TEMP VIEW regions AS SELECT 1 AS region_id",
        "INSERT INTO regions VALUES (99, 'X')",
        "SELECT 1; DROP VIEW regions",
        "PRAGMA database_list",
        "CALL pragma_version()",
    ],
)
def test_files_writes_and_settings_are_refused_without_the_guard(
    source: FrameSource, canary: Path, sql: str
) -> None:
    files = _files(canary)
    before = _counts(source)
    with pytest.raises(AiserError) as info:
        source.run(sql.format(c=canary), LIMITS)
    assert info.value.code.startswith(("AISER-DB-", "AISER-SQL-"))
    assert _files(canary) == files
    assert _counts(source) == before


def test_a_kernel_variable_is_never_reached_by_name(source: FrameSource) -> None:
    secret_frame = pd.DataFrame({"secret": [SECRET]})  # noqa: F841 - what a replacement scan would read
    with pytest.raises(AiserError) as info:
        source.run("SELECT * FROM secret_frame", LIMITS)
    assert info.value.code == "AISER-DB-EXEC"


# --------------------------------------------------------------------------- hostile names
HOSTILE_COLUMN = 'x"; DROP TABLE sales; --'
HOSTILE_TABLE = "sales\"; DROP VIEW sales; SELECT '1"


@pytest.mark.parametrize("kind", ["pandas", "polars", "arrow"])
def test_hostile_column_and_table_names_are_quoted_never_run(kind: str) -> None:
    data = pd.DataFrame({"region": ["a", "b", "a", "c"], HOSTILE_COLUMN: [1.0, 2.0, 3.0, 4.0]})
    frame = (
        pl.from_pandas(data)
        if kind == "polars"
        else pa.Table.from_pandas(data)
        if kind == "arrow"
        else data
    )
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    try:
        engine.connect("odd", {HOSTILE_TABLE: frame, "sales": frame})
        answer = engine.ask("total x by region", "odd")
        assert sorted(tuple(r.values()) for r in answer.table.to_pylist()) == [
            ("a", 4.0),
            ("b", 2.0),
            ("c", 4.0),
        ]
        quoted = '"x""; DROP TABLE sales; --"'
        body = (
            f'SELECT region, SUM({quoted}) AS total FROM "sales""; DROP VIEW sales; SELECT \'1" '
            "GROUP BY region"
        )
        assert sorted(tuple(r.values()) for r in engine.ask(body, "odd").table.to_pylist()) == [
            ("a", 4.0),
            ("b", 2.0),
            ("c", 4.0),
        ]
        names = {t.name for t in engine.catalog("odd").tables}
        assert names == {HOSTILE_TABLE, "sales"}  # nothing dropped
        # two tables share `region`: the question names the one whose rows are counted
        assert engine.ask("number of rows of sales by region", "odd").rows == 3
    finally:
        engine.close()
    assert list(data.columns) == ["region", HOSTILE_COLUMN] and len(data) == 4
