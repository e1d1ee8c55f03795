"""Keys of two columns (issue 12): ``sales(region, year, …)`` → ``targets(region, year, …)``.
A key with a year is inferred from the data (catalog/composite.py); others only when declared
(``%chart join`` twice, or the semantic layer). Answers over them read each measured row once.
Numbers are checked against SQL written by hand on a real DuckDB file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.errors import AiserError

REGIONS = ("North", "South", "East")
YEARS = (2021, 2022, 2023)
#: four sales per region and year: a target is repeated by every sale of its region and year
SALES = [(r, y, 10.0 * (i + 1) + y % 7 + len(r)) for r in REGIONS for y in YEARS for i in range(4)]
#: one target per region and year, 'West' and 2024 with no sales
TARGETS = [
    (r, y, 100 * len(r) + 10 * (y - 2020)) for r in (*REGIONS, "West") for y in (*YEARS, 2024)
]
#: stores by month, twice each on both sides: no side is unique on (store, month)
VISITS = [(s, m, 50 + 3 * m + k) for s in ("Leeds", "York") for m in range(1, 7) for k in (0, 1)]
STAFFING = [(s, m, 3 + k) for s in ("Leeds", "York") for m in range(1, 7) for k in (0, 1)]


def _fill(con: Any) -> None:
    con.execute("CREATE TABLE sales (region VARCHAR(10), year INTEGER, amount DOUBLE)")
    con.execute("CREATE TABLE targets (region VARCHAR(10), year INTEGER, target INTEGER)")
    con.execute("CREATE TABLE visits (store VARCHAR(10), month INTEGER, visitors INTEGER)")
    con.execute("CREATE TABLE staffing (store VARCHAR(10), month INTEGER, staff INTEGER)")
    for table, rows in (
        ("sales", SALES),
        ("targets", TARGETS),
        ("visits", VISITS),
        ("staffing", STAFFING),
    ):
        con.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)", rows)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, Path]:
    import duckdb

    path = tmp_path_factory.mktemp("composite") / "shop.duckdb"
    con = duckdb.connect(str(path))
    _fill(con)
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("shop", str(path))
    engine.declare_join("sales.region = targets.region", "shop")
    engine.declare_join("sales.year = targets.year", "shop")
    return engine, path


def _pairs(engine: Engine, source: str) -> set[tuple[str, str, str, str]]:
    return {(j.table, j.column, j.ref_table, j.ref_column) for j in engine.catalog(source).joins}


def test_a_pair_that_repeats_on_both_sides_is_not_joined_unless_declared(
    shop: tuple[Engine, Path],
) -> None:
    engine, _ = shop
    with pytest.raises(AiserError) as refused:
        engine.ask("average visitors by staff", "shop")
    assert refused.value.code == "AISER-PLAN-NO-JOIN"


def test_a_condition_on_the_unique_side_joins_on_both_columns(shop: tuple[Engine, Path]) -> None:
    engine, path = shop
    answer = engine.ask("total amount by region with a target above 515", "shop")
    want = truth(
        path,
        "SELECT s.region, SUM(amount) FROM sales s JOIN targets t USING (region, year) "
        "WHERE target > 515 GROUP BY 1",
    )
    assert want == {"North": 264.0, "South": 264.0}  # 2022 and 2023 only: not every year
    assert plotted(answer) == pytest.approx(want)


def test_a_sum_of_the_unique_side_reads_each_row_once(shop: tuple[Engine, Path]) -> None:
    """Each target is repeated by the four sales of its region and year; summed once each."""
    engine, path = shop
    answer = engine.ask("total target by region for sales with amount over 40", "shop")
    want = truth(
        path,
        "SELECT region, SUM(target) FROM targets t WHERE EXISTS (SELECT 1 FROM sales s "
        "WHERE s.region = t.region AND s.year = t.year AND amount > 40) GROUP BY 1",
    )
    repeated = truth(
        path,
        "SELECT t.region, SUM(target) FROM targets t JOIN sales s USING (region, year) "
        "WHERE amount > 40 GROUP BY 1",
    )
    assert want != repeated
    assert plotted(answer) == pytest.approx(want)
    assert any("read once per group" in n for n in answer.plan.provenance.notes)


def test_a_count_of_the_unique_side_counts_each_row_once(shop: tuple[Engine, Path]) -> None:
    """ "number of targets … for sales over 40": targets, not the sales that repeat them."""
    engine, path = shop
    answer = engine.ask("number of targets by region for sales with amount over 40", "shop")
    want = truth(
        path,
        "SELECT region, COUNT(*) FROM targets t WHERE EXISTS (SELECT 1 FROM sales s "
        "WHERE s.region = t.region AND s.year = t.year AND amount > 40) GROUP BY 1",
    )
    assert want == {"North": 3, "South": 3, "East": 3}
    assert plotted(answer) == want


def test_a_count_of_the_many_side_counts_its_rows(shop: tuple[Engine, Path]) -> None:
    engine, path = shop
    answer = engine.ask("number of sales by region with a target above 515", "shop")
    want = truth(
        path,
        "SELECT s.region, COUNT(*) FROM sales s JOIN targets t USING (region, year) "
        "WHERE target > 515 GROUP BY 1",
    )
    assert want == {"North": 8, "South": 8}
    assert plotted(answer) == want


def test_a_key_with_a_year_is_inferred_from_the_data(tmp_path: Path) -> None:
    """The pair is unique in targets and every pair of sales is there: the same join as
    declared, and the same answer."""
    import duckdb

    path = tmp_path / "shop.duckdb"
    con = duckdb.connect(str(path))
    _fill(con)
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("bare", str(path))
    assert _pairs(engine, "bare") == {
        ("sales", "region", "targets", "region"),
        ("sales", "year", "targets", "year"),
    }
    answer = engine.ask("total amount by region with a target above 515", "bare")
    assert plotted(answer) == pytest.approx({"North": 264.0, "South": 264.0})
