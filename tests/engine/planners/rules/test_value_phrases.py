"""Value phrases analysts type (issue 12): a word inside the name ("shops with BAKERY in the
name", "whose name contains …", "named like …"), a number's name then "of" and a value it
takes ("visits with a rating of 5"), a range of two numbers ("staff aged 25 to 35", "25-35"),
"which N … have the <superlative> average …" as a top-N, and "how many countries had at least
one debt crisis" as a distinct count of the rows' countries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("value_phrases") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE visits AS
        SELECT ['CORNER BAKERY', 'Blue Cafe', 'BAKERY AND CAFE', 'MAIN STREET DINER',
                'The Tea House', 'Golden Wok', 'Cafe Luna', 'Tea House Express'][1 + i % 8]
                    AS shop_name,
            2015 + i % 5 AS year,
            1 + (i * 7) % 5 AS rating
        FROM range(400) t(i)""")
    con.execute("""
        CREATE TABLE staff AS
        SELECT ['Sales', 'Research', 'Support'][1 + i % 3] AS department,
            20 + (i * 13) % 41 AS age,
            2000 + (i * 37) % 3000 AS salary
        FROM range(300) t(i)""")
    con.execute("""
        CREATE TABLE stays AS
        SELECT ['North', 'South', 'East', 'West', 'Central'][1 + i % 5] AS ward,
            1 + (i * 11) % 9 + (i % 5) AS stay_length
        FROM range(200) t(i)""")
    con.execute("""
        CREATE TABLE crises AS
        SELECT 'C' || (i % 23) AS country, ['debt', 'banking', 'currency'][1 + (i * 5) % 3] AS kind,
            1970 + i % 40 AS year
        FROM range(60) t(i)""")
    con.execute("""
        CREATE TABLE attacks_by_country AS
        SELECT 'C' || (i % 12) AS country, 2018 + i // 12 AS year, (i * 7) % 4 AS freq
        FROM range(36) t(i)""")
    con.close()
    return path


# ------------------------------------------------------------------ a word in the name
def test_a_word_in_the_name_keeps_those_shops(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "number of visits by year for shops with BAKERY in the name",
        "SELECT year, COUNT(*) FROM visits WHERE shop_name ILIKE '%bakery%' GROUP BY 1",
    )


def test_the_word_is_found_whatever_its_case(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "top 3 shops with cafe in their name by number of visits",
        "SELECT shop_name, COUNT(*) FROM visits WHERE shop_name ILIKE '%cafe%' GROUP BY 1",
    )


def test_whose_name_contains_a_quoted_text(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "visits per year of shops whose name contains 'tea house'",
        "SELECT year, COUNT(*) FROM visits WHERE shop_name ILIKE '%tea house%' GROUP BY 1",
    )


def test_named_like(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average rating by year of shops named like 'wok'",
        "SELECT year, AVG(rating) FROM visits WHERE shop_name ILIKE '%wok%' GROUP BY 1",
    )


def test_either_word_in_the_name(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "number of visits by year for shops with bakery or diner in the name",
        "SELECT year, COUNT(*) FROM visits "
        "WHERE shop_name ILIKE '%bakery%' OR shop_name ILIKE '%diner%' GROUP BY 1",
    )


# ------------------------------------------------------------------ "<number> of <value>"
def test_a_rating_of_a_value_keeps_those_rows(engine: Any, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("how many visits got a top rating of 5?", "d")
    assert kpi(answer) == one(data, "SELECT COUNT(*) FROM visits WHERE rating = 5")


def test_a_value_the_column_never_takes_is_refused(engine: Any, data: Path) -> None:
    refuses(engine, data, "d", "number of visits with a rating of 9 by year", "9")


def test_a_count_of_things_after_of_is_no_value(engine: Any, data: Path) -> None:
    refuses(engine, data, "d", "average rating of 3 shops", "3")


# ------------------------------------------------------------------ ranges
@pytest.mark.parametrize(
    "question",
    [
        "average salary by department for staff aged 25 to 35",
        "average salary by department for staff aged 25-35",
        "average salary by department for staff aged 25 through 35",
        "average salary by department for staff aged between 25 and 35",
    ],
)
def test_an_age_range_keeps_both_ends(engine: Any, data: Path, question: str) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        question,
        "SELECT department, AVG(salary) FROM staff WHERE age BETWEEN 25 AND 35 GROUP BY 1",
    )


def test_a_falling_pair_is_no_range(engine: Any, data: Path) -> None:
    refuses(engine, data, "d", "average salary by department for staff aged 35 to 25", "25")


# ------------------------------------------------------------------ which N … the shortest
def test_which_n_with_the_shortest_average_is_a_top_n(engine: Any, data: Path) -> None:
    plots_exactly(  # the two lowest averages, not every ward
        engine,
        data,
        "d",
        "which 2 wards have the shortest average stay length?",
        "SELECT ward, AVG(stay_length) FROM stays GROUP BY 1 ORDER BY 2 LIMIT 2",
    )


# ------------------------------------------------------------------ "at least one"
def test_things_with_at_least_one_row_are_counted_once(engine: Any, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("How many countries had at least one debt crisis?", "d")
    assert kpi(answer) == one(
        data, "SELECT COUNT(DISTINCT country) FROM crises WHERE kind = 'debt'"
    )


def test_at_least_one_over_a_table_of_counts_is_refused(engine: Any, data: Path) -> None:
    # each row holds a number of attacks, 0 in some: a country with a row may have had none
    refuses(engine, data, "d", "How many countries had at least one attack in 2019?", "1")
