"""A database's own documentation: the comments on its tables and columns (``COMMENT ON``)
are read into the catalog (``Table.comment``, ``Column.comment``) on DuckDB, PostgreSQL,
MariaDB and ClickHouse (chDB), and the model's prompt carries them, quoted and cut. SQLite
keeps no comments. The rule planner reads only the semantic layer's curated descriptions:
R's help pages written as comments on 3,578 benchmark columns and read as descriptions
turned 45 answers right and 20 wrong."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from needs import unavailable

from aiser_jupyter.engine.catalog.build import build_catalog
from aiser_jupyter.engine.planners.llm.prompts import render_catalog
from aiser_jupyter.engine.sources.base import COMMENT_CHARS
from aiser_jupyter.engine.sources.open import open_source

RATE = "Three-month Treasury bill rate, percent a year"
LONG = "word " * 200


def _comments(url: str) -> dict[str, Any]:
    """``{table: comment, "table.column": comment}`` of the source at ``url``."""
    source = open_source("docs", url)
    try:
        tables, _ = source.describe()
    finally:
        source.close()
    out: dict[str, Any] = {}
    for table in tables:
        out[table.name] = table.comment
        for column in table.columns:
            out[f"{table.name}.{column.name}"] = column.comment
    return out


def _duckdb_file(folder: Path) -> Path:
    import duckdb

    path = folder / "econ.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE consump (year INTEGER, i3 DOUBLE, y DOUBLE)")
    con.execute("INSERT INTO consump VALUES (1960, 2.9, 9000), (1961, 2.4, 9200)")
    con.execute("COMMENT ON TABLE consump IS 'US consumption, income and rates, 1959-1995'")
    con.execute(f"COMMENT ON COLUMN consump.i3 IS '  {RATE}\n'")
    con.execute(f"COMMENT ON COLUMN consump.y IS '{LONG}'")
    con.execute("CREATE VIEW recent AS SELECT * FROM consump WHERE year > 1960")
    con.execute("COMMENT ON VIEW recent IS 'after 1960 <b>only</b>'")
    con.close()
    return path


def test_duckdb_comments_are_read(tmp_path: Path) -> None:
    got = _comments(str(_duckdb_file(tmp_path)))
    assert got["consump"] == "US consumption, income and rates, 1959-1995"
    assert got["consump.i3"] == RATE  # spaces and the line break collapsed
    assert got["consump.year"] is None
    assert len(got["consump.y"]) == COMMENT_CHARS and got["consump.y"].endswith("…")
    assert got["recent"] == "after 1960 <b>only</b>"


def test_the_prompt_carries_the_comments_quoted(tmp_path: Path) -> None:
    source = open_source("docs", str(_duckdb_file(tmp_path)))
    try:
        catalog = build_catalog(source)
    finally:
        source.close()
    text = render_catalog(catalog, "3-month T-bill rate by year")
    line = next(x for x in text.splitlines() if x.strip().startswith('"i3"'))
    assert f'about "{RATE}"' in line
    assert "<b>" not in text and "\\u003cb\\u003e" in text  # it cannot close a prompt tag
    assert max(len(x) for x in text.splitlines()) < 400  # a long comment is cut


def test_sqlite_keeps_no_comments(tmp_path: Path) -> None:
    path = tmp_path / "econ.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE consump (year INTEGER, i3 REAL)  -- not a comment it keeps")
    con.commit()
    con.close()
    got = _comments(f"sqlite:///{path}")
    assert got == {"consump": None, "consump.year": None, "consump.i3": None}


@pytest.mark.postgres
def test_postgresql_comments_are_read(pg_server: Any) -> None:
    with pg_server.admin() as con:
        con.execute("DROP DATABASE IF EXISTS docs")
        con.execute("CREATE DATABASE docs")
    docs = dataclasses.replace(pg_server, dbname="docs")
    with docs.admin() as con:
        con.execute("CREATE TABLE consump (year INTEGER, i3 DOUBLE PRECISION)")
        con.execute("COMMENT ON TABLE consump IS 'US consumption and rates'")
        con.execute(f"COMMENT ON COLUMN consump.i3 IS '{RATE}'")
    got = _comments(docs.url())
    assert got == {"consump": "US consumption and rates", "consump.year": None, "consump.i3": RATE}


@pytest.mark.mysql
def test_mariadb_comments_are_read(mariadb: Any) -> None:
    con = mariadb.admin()
    try:
        cur = con.cursor()
        cur.execute("DROP DATABASE IF EXISTS docs")
        cur.execute("CREATE DATABASE docs")
        cur.execute(
            f"CREATE TABLE docs.consump (year INT, i3 DOUBLE COMMENT '{RATE}')"
            " COMMENT = 'US consumption and rates'"
        )
        cur.execute("GRANT SELECT ON docs.* TO 'aiser'@'127.0.0.1'")
    finally:
        con.close()
    got = _comments(mariadb.url.rsplit("/", 1)[0] + "/docs")
    assert got == {"consump": "US consumption and rates", "consump.year": None, "consump.i3": RATE}


def test_clickhouse_comments_are_read(tmp_path: Path) -> None:
    try:
        import chdb
    except ImportError:
        unavailable("chDB is not installed (pip install 'aiser-jupyter[clickhouse]')")
    folder = tmp_path / "docs.chdb"
    folder.mkdir()
    writer = chdb.connect(str(folder))
    try:
        writer.query(
            f"CREATE TABLE consump (year Int32, i3 Float64 COMMENT '{RATE}') ENGINE = MergeTree"
            " ORDER BY year COMMENT 'US consumption and rates'"
        )
        writer.query("INSERT INTO consump VALUES (1960, 2.9)")
    finally:
        writer.close()
    got = _comments(f"chdb://{folder}")
    assert got == {"consump": "US consumption and rates", "consump.year": None, "consump.i3": RATE}
