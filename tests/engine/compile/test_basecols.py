"""The columns a base query returns (compile/basecols.py): stars expanded from the catalog,
names matched as the database matches them, a column that exists nowhere refused first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlglot

from aiser_jupyter.engine.compile.basecols import base_columns
from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def engine(demo_path: Path) -> Iterator[Engine]:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    yield eng
    eng.close()


def _columns(engine: Engine, sql: str, dialect: str = "duckdb") -> dict[str, str | None]:
    return base_columns(sqlglot.parse_one(sql, read=dialect), engine.catalog("demo"), dialect)


def test_named_columns_come_with_their_semantic_types(engine: Engine) -> None:
    got = _columns(
        engine,
        "SELECT o.order_date, o.channel, l.revenue, l.order_id AS id "
        "FROM orders o JOIN order_lines l USING (order_id)",
    )
    assert got == {
        "order_date": "temporal",
        "channel": "nominal",
        "revenue": "quantitative",
        "id": "key",
    }


def test_a_star_is_expanded_from_the_catalog(engine: Engine) -> None:
    got = _columns(engine, "SELECT * FROM regions")
    names = [c.name for c in engine.catalog("demo").table("regions").columns]  # type: ignore[union-attr]
    assert list(got) == names


def test_counts_and_sums_are_quantities(engine: Engine) -> None:
    got = _columns(
        engine, "SELECT channel, count(*) AS n, sum(o.order_id) AS s FROM orders o GROUP BY 1"
    )
    assert got == {"channel": "nominal", "n": "quantitative", "s": "quantitative"}


def test_a_column_that_exists_nowhere_is_refused_with_the_tables_columns(engine: Engine) -> None:
    with pytest.raises(AiserError) as info:
        _columns(engine, "SELECT colour FROM regions")
    assert info.value.code == "AISER-SQL-COLUMN"
    assert "regions: region_id, name" in info.value.message


def test_an_expression_has_its_name_and_no_known_type(engine: Engine) -> None:
    got = _columns(engine, "SELECT upper(name) AS loud, region_id + 1 AS next FROM regions")
    assert got == {"loud": None, "next": None}
