"""What a row is when rows are places whose names repeat: a census table, one row a district,
where a district's name recurs in other provinces (a "North Riverside" in two provinces).
"How many districts" counts rows — a distinct count of names would merge the namesakes — and
"districts" names the rows a measure runs over. A table of orders whose customers mostly
order once is no table of customers: "how many customers" stays a distinct count.

Each chart is compared with the SQL an analyst would write, run on the same DuckDB file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from answers import kpi, one, plotted, truth


@pytest.fixture(scope="module")
def districts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("districts") / "districts.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE census AS SELECT
            1000 + i AS district_id,
            ['North', 'South', 'East', 'West', 'Upper'][1 + (i % 150) // 30] || ' ' ||
            ['Riverside', 'Lakeview', 'Hillcrest', 'Oakdale', 'Fairfield', 'Greenwood',
             'Brookside', 'Maplewood', 'Pinecrest', 'Ashford', 'Cedar Falls', 'Elmwood',
             'Kingsbridge', 'Westbury', 'Stonegate', 'Millbrook', 'Redhill', 'Bayview',
             'Clearwater', 'Fox Hollow', 'Glenview', 'Harrow', 'Ironwood', 'Juniper',
             'Kestrel', 'Linden', 'Marshfield', 'Newbury', 'Oakridge', 'Parkside'][1 + i % 30]
                AS district,
            ['Northern', 'Western', 'Central', 'Highlands', 'Eastern'][1 + i // 40] AS province,
            5000 + (i * 7919) % 90000 AS population,
            10.0 + (i * 37) % 80 AS pct_urban,
            CASE WHEN (i * 13) % 5 < 2 THEN 1 ELSE 0 END AS is_coastal
        FROM range(200) t(i)""")
    con.execute("""
        CREATE TABLE orders AS SELECT
            i AS order_id,
            'customer ' || CASE WHEN i % 5 < 3 THEN i ELSE i % 40 END AS customer,
            ['north', 'south', 'east'][1 + i % 3] AS region,
            10.0 + i % 17 AS amount
        FROM range(300) t(i)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("districts", str(path))
    return engine.ask(question, "districts")


def _by_colour(answer: Any) -> dict[tuple[Any, Any], Any]:
    fields = answer.compiled.fields
    columns = [answer.table.column(fields[c].alias).to_pylist() for c in ("x", "color", "y")]
    return {(x, c): y for x, c, y in zip(*columns, strict=True)}


def _truth_pairs(path: Path, sql: str) -> dict[tuple[Any, Any], Any]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {(a, b): pytest.approx(y) for a, b, y in con.execute(sql).fetchall()}
    finally:
        con.close()


def test_the_names_repeat_so_a_distinct_count_would_be_wrong(districts: Path) -> None:
    """The fixture's point: fewer names than districts, each unique within its province."""
    names = one(districts, "SELECT count(DISTINCT district) FROM census")
    assert names < one(districts, "SELECT count(*) FROM census")
    assert one(districts, "SELECT count(DISTINCT (district, province)) FROM census") == 200


def test_how_many_counts_the_rows_that_are_the_things(engine: Any, districts: Path) -> None:
    answer = _ask(engine, districts, "How many districts are coastal?")
    assert kpi(answer) == one(districts, "SELECT count(*) FROM census WHERE is_coastal = 1")


def test_a_count_by_group_counts_rows(engine: Any, districts: Path) -> None:
    answer = _ask(engine, districts, "number of districts by province")
    assert plotted(answer) == truth(districts, "SELECT province, count(*) FROM census GROUP BY 1")


def test_different_names_are_still_a_distinct_count(engine: Any, districts: Path) -> None:
    answer = _ask(engine, districts, "how many different districts")
    assert kpi(answer) == one(districts, "SELECT count(DISTINCT district) FROM census")


def test_a_flag_status_is_a_grouping_not_a_filter(engine: Any, districts: Path) -> None:
    answer = _ask(engine, districts, "number of districts by province and coastal status")
    assert _by_colour(answer) == _truth_pairs(
        districts, "SELECT province, is_coastal, count(*) FROM census GROUP BY 1, 2"
    )


def test_both_sides_of_a_flag_are_a_grouping(engine: Any, districts: Path) -> None:
    answer = _ask(
        engine, districts, "average population of coastal and non-coastal districts by province"
    )
    assert _by_colour(answer) == _truth_pairs(
        districts, "SELECT province, is_coastal, avg(population) FROM census GROUP BY 1, 2"
    )


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "average population of coastal districts, by province",
            "SELECT province, avg(population) FROM census WHERE is_coastal = 1 GROUP BY 1",
        ),
        (
            "total population of the districts with more than 50000 people, by province",
            "SELECT province, sum(population) FROM census WHERE population > 50000 GROUP BY 1",
        ),
    ],
)
def test_the_row_noun_names_the_rows_aggregated(
    engine: Any, districts: Path, question: str, sql: str
) -> None:
    """ "districts" is used: the rows the average or total runs over, not a word left out."""
    assert plotted(_ask(engine, districts, question)) == truth(districts, sql, approx=True)


def test_customers_of_orders_are_counted_distinct(engine: Any, districts: Path) -> None:
    """Most customers order once, but the rows are orders: customers are counted distinct."""
    answer = _ask(engine, districts, "how many customers")
    assert kpi(answer) == one(districts, "SELECT count(DISTINCT customer) FROM orders")


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("average population across all districts", "SELECT avg(population) FROM census"),
        ("total population over all the districts", "SELECT sum(population) FROM census"),
    ],
)
def test_across_all_the_rows_is_one_number(
    engine: Any, districts: Path, question: str, sql: str
) -> None:
    """ "across all districts": every row aggregated into one number, not a bar per name."""
    answer = _ask(engine, districts, question)
    assert answer.plan.chart.mark == "kpi"
    assert kpi(answer) == pytest.approx(one(districts, sql))


def test_top_things_show_each_rows_own_value(engine: Any, districts: Path) -> None:
    """ "the 5 districts with the highest urban share": each district's own value — a mean by
    name would merge namesakes in different provinces into a number no district has."""
    answer = _ask(engine, districts, "the 5 districts with the highest pct urban")
    fields = answer.compiled.fields
    got = list(
        zip(
            answer.table.column(fields["x"].alias).to_pylist(),
            answer.table.column(fields["y"].alias).to_pylist(),
            strict=True,
        )
    )
    con = duckdb.connect(str(districts), read_only=True)
    want = con.execute(
        "SELECT district, pct_urban FROM census ORDER BY pct_urban DESC, district LIMIT 5"
    ).fetchall()
    con.close()
    assert got == want


def test_a_superlative_of_another_number_is_not_drawn(engine: Any, districts: Path) -> None:
    """ "the most populous districts" ranks by population; a chart ranked by the urban share
    would answer another question: refused, never drawn."""
    from aiser_jupyter.errors import AiserError

    try:
        answer = _ask(engine, districts, "pct urban of the 10 most populous districts")
    except AiserError as caught:
        assert caught.code == "AISER-PLAN-UNSURE"
        return
    assert "population" in answer.plan.sql


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "largest district population in each province",
            "SELECT province, max(population) FROM census GROUP BY 1",
        ),
        (
            "lowest district pct urban in each province",
            "SELECT province, min(pct_urban) FROM census GROUP BY 1",
        ),
    ],
)
def test_a_superlative_of_the_rows_number_is_its_extreme(
    engine: Any, districts: Path, question: str, sql: str
) -> None:
    """ "largest district population": the number of each row (a district's population), its
    maximum per province — "district" names the rows, not a grouping left out."""
    assert plotted(_ask(engine, districts, question)) == truth(districts, sql, approx=True)


def test_a_flag_before_the_counted_rows_keeps_its_rows(engine: Any, districts: Path) -> None:
    """ "number of coastal districts": the districts counted, the flag a condition."""
    answer = _ask(engine, districts, "number of coastal districts in each province")
    assert plotted(answer) == truth(
        districts, "SELECT province, count(*) FROM census WHERE is_coastal = 1 GROUP BY 1"
    )


def test_a_flag_against_the_other_rows_is_a_grouping(engine: Any, districts: Path) -> None:
    """ "coastal districts vs the other districts": a bar for each side of the flag, not a bar
    per district name of the coastal ones."""
    answer = _ask(
        engine, districts, "average population of coastal districts vs the other districts"
    )
    assert plotted(answer) == truth(
        districts, "SELECT is_coastal, avg(population) FROM census GROUP BY 1", approx=True
    )
