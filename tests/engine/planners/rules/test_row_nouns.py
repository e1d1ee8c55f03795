"""Row nouns the schema never writes ("respondents", "staff members"), and the words for a
sex ("women", "boys") over a column of female/male values — each answer checked against SQL
written by hand on a real DuckDB file, or refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, plots_exactly, refuses, truth


@pytest.fixture(scope="module")
def poll(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-table survey: a row per person asked, with a count of their children (a column
    of counts beside the rows), and the sex stored as 'Female'/'Male'."""
    import duckdb

    path = tmp_path_factory.mktemp("poll") / "poll.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE poll AS SELECT 2000 + i % 6 AS year, 18 + (i * 7) % 70 AS age,
            ['Female', 'Male'][1 + i % 2] AS sex,
            ['Married', 'Divorced', 'Single'][1 + i % 3] AS marital,
            (i * 5) % 4 AS children, 900.0 + (i * 37) % 500 AS earnings
        FROM range(300) t(i)""")
    con.close()
    return path


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two unrelated tables (no key joins them): a table of country-years with a region, and
    a table of outbreaks, each with a country and a kind."""
    import duckdb

    path = tmp_path_factory.mktemp("lab") / "lab.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE panel AS SELECT 'land ' || (i % 30) AS nation, 1990 + i // 30 AS yr,
            ['North', 'South', 'East'][1 + i % 3] AS region, 1.0 * i AS spending
        FROM range(600) t(i)""")
    con.execute("""
        CREATE TABLE outbreaks AS SELECT 'land ' || (i % 30) AS nation, 1990 + i % 20 AS yr,
            ['cholera', 'measles'][1 + i % 2] AS kind
        FROM range(80) t(i)""")
    con.close()
    return path


def test_a_noun_beside_a_rows_own_few_counts_is_the_rows(engine: Any, poll: Path) -> None:
    """ "number of respondents per year" beside each respondent's count of children (0–8): a
    count a row holds of its own few things says nothing of what the rows are, so the rows are
    counted, as in a table with no count column. ("how many babies were born" of a table of
    days with a ``births`` column in the thousands stays that column's sum, never its rows.)"""
    plots_exactly(
        engine,
        poll,
        "poll",
        "number of respondents per year",
        "SELECT year, COUNT(*) FROM poll GROUP BY year",
    )


def test_babies_are_not_the_rows_of_a_table_of_daily_births(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    import duckdb

    path = tmp_path_factory.mktemp("births") / "births.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE daily AS SELECT ['CA', 'NY', 'TX'][1 + i % 3] AS state,
            DATE '1980-01-01' + INTERVAL (i) DAY AS date, 100 + i % 37 AS births
        FROM range(3000) t(i)""")
    con.close()
    for question in ("how many babies were born in 1985", "number of newborns by state"):
        refuses(engine, path, "daily", question)


def test_a_noun_of_an_event_beside_a_column_of_counts_is_still_unsure(
    engine: Any, poll: Path
) -> None:
    """ "cars bought": a participle makes the noun the things a column may count (children)."""
    refuses(engine, poll, "poll", "number of cars bought per year", "cars")


def test_an_unnamed_noun_counted_among_unrelated_tables_is_refused(engine: Any, lab: Path) -> None:
    """ "number of epidemics per region": the panel has the region, but its rows are
    country-years, and nothing says which table's rows are the epidemics."""
    refuses(engine, lab, "lab", "number of epidemics per region", "epidemics")


def test_a_value_before_the_noun_ties_it_to_the_rows_it_keeps(engine: Any, lab: Path) -> None:
    """ "cholera epidemics": a value of the outbreaks' kind — their rows, those kept."""
    plots_exactly(
        engine, lab, "lab", "number of cholera epidemics per yr",
        "SELECT yr, COUNT(*) FROM outbreaks WHERE kind = 'cholera' GROUP BY 1",
    )  # fmt: skip


def test_words_for_a_sex_pick_the_stored_form(engine: Any, poll: Path) -> None:
    """ "divorced women" keeps sex = 'Female'; "men and women" draws both, side by side."""
    engine.connect("poll", str(poll))
    women = engine.ask("how many divorced women are in the poll?", "poll")
    assert kpi(women) == one_count(poll, "sex = 'Female' AND marital = 'Divorced'")
    plots_exactly(
        engine, poll, "poll", "average earnings of men and women",
        "SELECT sex, AVG(earnings) FROM poll GROUP BY 1",
    )  # fmt: skip
    boys = engine.ask("how many boys are 60 or older?", "poll")
    assert kpi(boys) == one_count(poll, "sex = 'Male' AND age >= 60")


def test_a_calendar_unit_of_another_quantity_is_no_date_column(engine: Any, poll: Path) -> None:
    """ "average years of schooling" is no mean of the year column: unsure, never drawn."""
    refuses(engine, poll, "poll", "average years of schooling by sex", "schooling")


def one_count(path: Path, where: str) -> Any:
    return truth(path, f"SELECT 1, COUNT(*) FROM poll WHERE {where}")[1]
