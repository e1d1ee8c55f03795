"""Building a catalog (catalog/build.py): introspect, type each column, profile it, find the
joins — and read dates and numbers kept as text for what they are."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from aiser_jupyter.engine.catalog.build import build_catalog
from aiser_jupyter.engine.catalog.model import Catalog, Column
from aiser_jupyter.engine.sources.base import Source
from aiser_jupyter.engine.sources.open import open_source

ROWS = [
    (1, "2024-05-01", "130", "North", 1),
    (2, "2024-05-02", "12.5", "South", 1),
    (3, "2024-06-30", "-4", "North", 2),
    (4, "2024-07-01 10:30:00", "7", "East", 2),
]


def make(path: Path, connect: Any) -> None:
    con = connect(str(path))
    con.execute("CREATE TABLE teams (team_id INTEGER PRIMARY KEY, name TEXT)")
    con.execute(
        "CREATE TABLE visits (id INTEGER PRIMARY KEY, day TEXT, amount TEXT, region TEXT, "
        "team_id INTEGER REFERENCES teams (team_id))"
    )
    con.executemany("INSERT INTO teams VALUES (?, ?)", [(1, "a"), (2, "b")])
    con.executemany("INSERT INTO visits VALUES (?, ?, ?, ?, ?)", ROWS)
    con.commit()
    con.close()


@pytest.fixture(params=["sqlite", "duckdb"])
def source(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Source]:
    path = tmp_path / f"visits.{'sqlite' if request.param == 'sqlite' else 'duckdb'}"
    make(path, sqlite3.connect if request.param == "sqlite" else duckdb.connect)
    src = open_source("visits", str(path))
    yield src
    src.close()


def column(catalog: Catalog, table: str, name: str) -> Column:
    known = catalog.table(table)
    found = known.column(name) if known is not None else None
    assert found is not None
    return found


def test_dates_kept_as_text_are_dates(source: Source) -> None:
    catalog = build_catalog(source)
    assert column(catalog, "visits", "day").semantic == "temporal"
    assert column(catalog, "visits", "region").semantic == "nominal"


def test_numbers_kept_as_text_are_quantities_where_the_database_adds_them_up(
    source: Source,
) -> None:
    amount = column(build_catalog(source), "visits", "amount")
    want = "quantitative" if source.dialect == "sqlite" else "nominal"  # DuckDB will not sum text
    assert amount.semantic == want


def test_declared_keys_are_joins(source: Source) -> None:
    joins = {(j.table, j.column, j.ref_table, j.ref_column) for j in build_catalog(source).joins}
    assert ("visits", "team_id", "teams", "team_id") in joins


def test_without_profiling_only_names_types_and_declared_joins(source: Source) -> None:
    catalog = build_catalog(source, profile=False)
    day = column(catalog, "visits", "day")
    assert day.semantic == "nominal" and day.samples == [] and day.distinct is None
    assert [(j.table, j.ref_table) for j in catalog.joins] == [("visits", "teams")]


def test_profiling_counts_and_samples_the_values(source: Source) -> None:
    region = column(build_catalog(source), "visits", "region")
    assert region.distinct == 3
    assert set(region.samples) <= {"North", "South", "East"}
