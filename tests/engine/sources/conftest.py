"""Fixtures the source tests share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aiser_jupyter.engine.sources.base import Source
from aiser_jupyter.engine.sources.open import DuckDBSource, open_source


@pytest.fixture(params=["duckdb", "sqlite", "postgres"])
def slow_source(request: pytest.FixtureRequest, sqlite_shop: Path) -> Iterator[tuple[str, Source]]:
    """(kind, source) for each database a slow query can be cancelled on: an in-memory DuckDB,
    the SQLite shop and a throwaway PostgreSQL server (marked ``postgres``)."""
    kind = request.param
    if kind == "duckdb":
        source: Source = DuckDBSource("slow_duck")
    elif kind == "sqlite":
        source = open_source("slow_lite", str(sqlite_shop))
    else:
        request.applymarker(pytest.mark.postgres)
        source = open_source("slow_pg", request.getfixturevalue("pg_server").url())
    yield kind, source
    source.close()
