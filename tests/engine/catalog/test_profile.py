"""Column profiles (catalog/profile.py): row counts, cardinality, ranges and the frequent
values the planner matches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine


def test_profiling_keeps_frequent_values_for_the_planner(big: Path) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    eng.connect("big", str(big))
    table = eng.catalog("big").table("sales")
    assert table is not None and table.row_count == 100_000
    category = table.column("category")
    assert category is not None and category.distinct == 12
    assert sorted(category.samples) == sorted(f"cat_{i}" for i in range(12))
    eng.close()


def _sorted_service(con: Any, table: str) -> None:
    """300,000 service members stored sorted by grade: the warrant officers, 4% of them,
    come last; any sample of the first 200,000 rows sees only enlisted members."""
    con.execute(
        f"CREATE TABLE {table} AS SELECT i AS id, CASE WHEN i < 250000 THEN 'enlisted' "
        "WHEN i < 288000 THEN 'officer' ELSE 'warrant officer' END AS grade, "
        "(i % 11) + 1 AS pay_rank FROM generate_series(0, 299999) AS t(i) ORDER BY i"
    )


def test_a_big_table_sorted_by_a_category_shows_every_value(tmp_path: Path) -> None:
    """The profile of a big table reads rows drawn over the whole table, the same rows on
    every build: a value stored last is still matched, so the question is not drawn for
    every member under its own title."""
    path = tmp_path / "service.duckdb"
    con = duckdb.connect(str(path))
    _sorted_service(con, "members")
    con.close()
    seen = []
    for _ in range(2):
        eng = Engine(EngineConfig(planner="rules", use_cache=False))
        eng.connect("svc", str(path))
        grade = eng.catalog("svc").table("members").column("grade")
        seen.append(list(grade.samples))
        answer = eng.ask("highest pay rank held by any warrant officer", "svc")
        assert "warrant officer" in answer.sql
        assert answer.table.column(0).to_pylist() == [11]
        eng.close()
    assert sorted(seen[0]) == ["enlisted", "officer", "warrant officer"]
    assert seen[0] == seen[1]


@pytest.mark.postgres
def test_a_big_postgresql_table_is_sampled_over_all_its_pages(pg_server: Any) -> None:
    with pg_server.admin() as con:
        con.execute("CREATE SCHEMA svc")
        _sorted_service(con, "svc.members")
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    try:
        eng.connect("pgsvc", pg_server.url())
        grade = eng.catalog("pgsvc").table("members").column("grade")
        assert sorted(grade.samples) == ["enlisted", "officer", "warrant officer"]
    finally:
        eng.close()
        with pg_server.admin() as con:
            con.execute("DROP SCHEMA svc CASCADE")
