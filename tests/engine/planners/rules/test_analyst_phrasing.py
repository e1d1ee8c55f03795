"""Ordinary analyst phrasings the rule planner must read as an analyst would (issue 12): each
is drawn with exactly the rows of the SQL written here, executed on DuckDB — or refused.

Generic generated tables: monthly sales of a chain of stores, a table of bird species (the
rows are birds), and the residents of towns by year.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("phrasing") / "chain.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE store_sales AS
        SELECT s.store, 2008 + i // 12 AS year, 1 + i % 12 AS month,
            (40 + (i * 37 + s.k * 11) % 90) * s.k AS units,
            ((40 + (i * 37 + s.k * 11) % 90) * s.k) * (900 + (i * 13) % 300) AS revenue,
            100000 + ((i * 7919 + s.k * 3571) % 150) * 1000 AS median_price,
            1.5 + ((i * 3 + s.k) % 17) / 4.0 AS stock_months
        FROM (VALUES ('Northside', 1), ('Harbor', 2), ('Old Town', 3), ('Riverside', 4),
                     ('Hilltop', 5), ('Airport', 6)) s(store, k), range(96) t(i)""")
    con.execute("""
        CREATE TABLE bird_survey AS
        SELECT 'bird ' || i AS name,
            ['Anatidae', 'Corvidae', 'Paridae', 'Strigidae', 'Laridae'][1 + (i * 7) % 5]
                || CASE WHEN i % 11 = 0 THEN 'x' ELSE '' END AS family,
            ['insects', 'seeds', 'fish', 'omnivore'][1 + i % 4] AS diet,
            0.2 + (i * 13 % 40) / 4.0 AS weight_kg,
            (2 + (i * 5 % 23) * 0.75)::DOUBLE AS flight_hours, 1 + i % 15 AS age_years
        FROM range(60) t(i)""")
    con.execute("""
        CREATE TABLE town_residents AS
        SELECT t.town, 1990 + y AS year, (t.base + y * t.k * 3000) AS residents
        FROM (VALUES ('Ashby', 20000, 1), ('Brook', 150000, 2), ('Carrow', 900000, 5),
                     ('Dunmore', 2500000, 9)) t(town, base, k), range(20) r(y)""")
    con.execute("""
        CREATE TABLE city_census AS
        SELECT town AS city, year, residents AS population FROM town_residents""")
    con.close()
    return path


def _plots(engine: Any, path: Path, question: str, truth: str) -> Any:
    return plots_exactly(engine, path, "chain", question, truth)


@pytest.mark.parametrize(
    "span", ["per year, 2010 to 2014", "by year, 2010-2014", "per year from 2010 to 2014"]
)
def test_a_span_of_years_keeps_every_year_in_it(engine: Any, chain: Path, span: str) -> None:
    _plots(
        engine,
        chain,
        f"average revenue in Harbor {span}",
        "SELECT year, AVG(revenue) FROM store_sales WHERE store = 'Harbor'"
        " AND year BETWEEN 2010 AND 2014 GROUP BY year",
    )


def test_more_than_a_number_of_a_measure_in_total_compares_each_groups_total(
    engine: Any, chain: Path
) -> None:
    """ "Which stores sold more than 20,000 units in total?": HAVING SUM(units), not rows."""
    _plots(
        engine,
        chain,
        "Which stores sold more than 20,000 units in total?",
        "SELECT store, SUM(units) FROM store_sales GROUP BY store HAVING SUM(units) > 20000",
    )


def test_number_of_a_metric_is_that_metric_not_a_count_beside_it(
    engine: Any, chain: Path, tmp_path: Path
) -> None:
    """ "average number of open orders" where a metric is named "open orders": its mean —
    not a count of rows drawn against it."""
    layer = tmp_path / "chain.yaml"
    layer.write_text(
        "version: 1\nsources:\n  chain:\n    metrics:\n"
        "      - {name: open_orders, table: store_sales, sql: units, aggregate: mean,"
        " synonyms: [open orders]}\n"
    )
    engine.use_semantic(layer)
    try:
        _plots(
            engine,
            chain,
            "average number of open orders in Old Town per year",
            "SELECT year, AVG(units) FROM store_sales WHERE store = 'Old Town' GROUP BY year",
        )
    finally:
        engine.use_semantic(None)


def test_a_count_opening_the_question_before_a_superlative_is_a_top_n(
    engine: Any, chain: Path
) -> None:
    """ "3 stores with the highest average median price in 2012": the top 3, best first."""
    answer = _plots(
        engine,
        chain,
        "3 stores with the highest average median price in 2012",
        "SELECT store, AVG(median_price) FROM store_sales WHERE year = 2012"
        " GROUP BY store ORDER BY 2 DESC LIMIT 3",
    )
    assert answer.plan.chart.limit == 3


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        (
            "average flight hours by family, only families with at least 10 birds",
            "SELECT family, AVG(flight_hours) FROM bird_survey GROUP BY family HAVING COUNT(*) >= 10",
        ),
        (
            "Which diets have more than one bird? Show the count",
            "SELECT diet, COUNT(*) FROM bird_survey GROUP BY diet HAVING COUNT(*) > 1",
        ),
        (
            "Which families have more than 2 birds? Show the count",
            "SELECT family, COUNT(*) FROM bird_survey GROUP BY family HAVING COUNT(*) > 2",
        ),
    ],
)
@pytest.mark.parametrize("named", [False, True])
def test_groups_with_more_than_n_of_the_tables_rows(
    engine: Any, chain: Path, tmp_path: Path, question: str, truth: str, named: bool
) -> None:
    """The rows counted are the table's own when its noun names them ("birds", "species"):
    an unknown noun after the number, or (with a semantic layer) the synonym of the table's
    one-per-row name column."""
    layer = tmp_path / "birds.yaml"
    layer.write_text(
        "version: 1\nsources:\n  chain:\n    tables:\n      bird_survey:\n"
        "        columns:\n          name: {synonyms: [bird, birds, species]}\n"
    )
    if named:
        engine.use_semantic(layer)
    try:
        _plots(engine, chain, question, truth)
    finally:
        engine.use_semantic(None)


def test_hours_a_day_is_the_unit_of_a_rate_not_a_daily_axis(
    engine: Any, chain: Path, tmp_path: Path
) -> None:
    """ "birds that fly more than 10 hours a day": the rows over 10, no date involved."""
    layer = tmp_path / "birds.yaml"
    layer.write_text(
        "version: 1\nsources:\n  chain:\n    tables:\n      bird_survey:\n"
        "        columns:\n          name: {synonyms: [bird]}\n"
    )
    engine.use_semantic(layer)
    try:
        _plots(
            engine,
            chain,
            "which birds fly more than 10 flight hours a day?",
            "SELECT name, flight_hours FROM bird_survey WHERE flight_hours > 10",
        )
    finally:
        engine.use_semantic(None)


def test_a_histogram_of_one_years_values_under_a_bound(engine: Any, chain: Path) -> None:
    """ "histogram of 2005 residents under 1 million, in bins of 100,000": the rows of 2005
    under the bound, binned — a new question, not a change to an earlier chart."""
    answer = _plots(
        engine,
        chain,
        "histogram of 2005 residents under 1 million, in bins of 100,000",
        "SELECT FLOOR(residents / 100000) * 100000, COUNT(*) FROM town_residents"
        " WHERE year = 2005 AND residents < 1000000 GROUP BY 1",
    )
    assert answer.plan.chart.mark == "histogram"


def test_lowest_level_each_period_is_the_minimum_of_its_rows(
    engine: Any, chain: Path, tmp_path: Path
) -> None:
    """ "lowest monthly median price in Harbor each year" with a metric that averages the
    median price by default: the minimum month of each year — not the year's average."""
    layer = tmp_path / "chain.yaml"
    layer.write_text(
        "version: 1\nsources:\n  chain:\n    metrics:\n"
        "      - {name: typical_price, table: store_sales, sql: median_price, aggregate: mean,"
        " synonyms: [median price]}\n"
    )
    engine.use_semantic(layer)
    try:
        _plots(
            engine,
            chain,
            "lowest monthly median price in Harbor each year",
            "SELECT year, MIN(median_price) FROM store_sales WHERE store = 'Harbor' GROUP BY year",
        )
        _plots(  # a ranking stays a sort of the averages
            engine,
            chain,
            "3 stores with the lowest median price in 2012",
            "SELECT store, AVG(median_price) FROM store_sales WHERE year = 2012"
            " GROUP BY store ORDER BY 2 LIMIT 3",
        )
    finally:
        engine.use_semantic(None)


def test_average_per_entity_by_year_is_the_mean_over_the_entities(engine: Any, chain: Path) -> None:
    """ "average residents per town by year" on one row per town and year: one mean per
    year, not a line per town."""
    _plots(
        engine,
        chain,
        "average residents per town by year",
        "SELECT year, AVG(residents) FROM town_residents GROUP BY year",
    )


def test_average_per_entity_is_not_a_mean_of_rows_when_rows_repeat(
    engine: Any, chain: Path
) -> None:
    """Twelve months a store a year: the mean of the rows by year is no mean over stores, so
    the store is not dropped from the chart (drawn per store, or refused)."""
    from aiser_jupyter.errors import AiserError

    engine.connect("chain", str(chain))
    try:
        answer = engine.ask("average units per store by year", "chain")
    except AiserError as refused:
        assert refused.code.startswith("AISER-PLAN-")
        return
    assert "store" in answer.plan.sql


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        (
            "total residents of all towns by year",
            "SELECT year, SUM(residents) FROM town_residents GROUP BY year",
        ),
        (
            "total units by year across all stores",
            "SELECT year, SUM(units) FROM store_sales GROUP BY year",
        ),
    ],
)
def test_all_of_a_column_is_what_is_summed_over(
    engine: Any, chain: Path, question: str, truth: str
) -> None:
    """ "of all towns", "across all stores": every row summed, not a grouping left out."""
    _plots(engine, chain, question, truth)


def test_months_of_a_measure_are_its_unit_and_months_with_a_condition_its_rows(
    engine: Any, chain: Path
) -> None:
    """ "average months of stock by store in 2012, counting only months with a median price
    above 200,000": the mean of stock_months over the rows (months) kept — not a monthly axis."""
    _plots(
        engine,
        chain,
        "average months of stock by store in 2012, counting only months with a median price"
        " above 200,000",
        "SELECT store, AVG(stock_months) FROM store_sales WHERE year = 2012"
        " AND median_price > 200000 GROUP BY store",
    )


def test_a_numbers_unit_names_the_column_compared(engine: Any, chain: Path) -> None:
    """ "cities with more than 1 million people": the population compared, row by row."""
    _plots(
        engine,
        chain,
        "number of cities with more than 1 million people, by year",
        "SELECT year, COUNT(DISTINCT city) FROM city_census WHERE population > 1000000"
        " GROUP BY year",
    )


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        (
            "average flight hours of birds weighing over 5 kg, by diet",
            "SELECT diet, AVG(flight_hours) FROM bird_survey WHERE weight_kg > 5 GROUP BY diet",
        ),
        (
            "How many birds aged 5 or younger are there in each family?",
            "SELECT family, COUNT(*) FROM bird_survey WHERE age_years <= 5 GROUP BY family",
        ),
    ],
)
def test_a_verb_or_comparative_names_the_number_compared(
    engine: Any, chain: Path, question: str, truth: str
) -> None:
    """ "weighing over 5 kg" compares the weight, "5 or younger" the age."""
    _plots(engine, chain, question, truth)
