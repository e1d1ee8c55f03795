"""A value two tables hold ("Midwest" in the regions of a store list and of a staffing sheet)
is the one of the table the other words of the question name ("the Midwest [stores]", where
only the staffing sheet has a ``store`` column); when no word decides, the question is refused
with both columns. Each answer is checked against SQL written by hand on a small DuckDB file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.errors import AiserError

_STORES = ["AUR", "BEX", "CAM", "DAY", "ELG", "FAR", "GAR", "HUR", "IDA", "JOL", "KEN", "LIM"]
_REGIONS = ["Northeast", "Midwest", "South", "West"]


@pytest.fixture(scope="module")
def retail(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("retail") / "retail.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE store_regions AS SELECT ?[1 + i] AS store_code, "
        "?[1 + i % 4] AS region FROM range(12) t(i)",
        [_STORES, _REGIONS],
    )
    con.execute(  # the staffing sheet files two stores under other regions than the list
        "CREATE TABLE store_staffing AS SELECT ?[1 + i] AS store, "
        "?[1 + (CASE WHEN i IN (0, 2) THEN 1 ELSE i END) % 4] AS region, "
        "10 + i AS headcount FROM range(12) t(i)",
        [_STORES, _REGIONS],
    )
    con.execute(
        "CREATE TABLE weekly_sales AS SELECT ?[1 + (i * 5) % 12] AS outlet, "
        "100 + (i * 37) % 500 AS revenue FROM range(240) t(i)",
        [_STORES],
    )
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("retail", str(path))
    return engine.ask(question, source="retail")


def test_a_value_of_two_tables_is_the_one_another_word_names(engine: Any, retail: Path) -> None:
    answer = _ask(engine, retail, "total revenue of the Midwest stores")
    assert plotted(answer) == truth(
        retail,
        "SELECT store, SUM(revenue) FROM weekly_sales JOIN store_staffing "
        "ON weekly_sales.outlet = store_staffing.store WHERE store_staffing.region = 'Midwest' "
        "GROUP BY 1",
    )


def test_a_value_of_two_tables_no_word_decides_is_refused(engine: Any, retail: Path) -> None:
    with pytest.raises(AiserError) as refused:
        _ask(engine, retail, "total revenue in the Midwest")
    assert refused.value.code == "AISER-PLAN-UNSURE"
    assert "store_regions.region" in str(refused.value)
    assert "store_staffing.region" in str(refused.value)
