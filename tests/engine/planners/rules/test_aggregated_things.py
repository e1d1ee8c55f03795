"""Things aggregated over, numbers that name rows, and words inside stored values (issue 12).

A state-year panel (``Cigarette``, one row per state and year, beside ``States``), a table
of one row per sale numbered 1..n (``Order``, with ``Mo.Sold``, ``Yr.Sold`` and
``Year.Built``) and, in databases of their own, monthly series whose titles run to several
words and a panel with a glued name (``packpc``). "across the states, by year" and "of any
state" aggregate over the states; a row number and a month held as an integer are never
summed; a total compared with "3 million" is compared as written; a year filters the year
column the words name; a word inside a stored title the plan does not keep ("oil and gas
extraction"), a noun built on a yes/no column's name ("callbacks" of ``call``) or a grouping
phrase nothing answers refuses the chart rather than draw another question's answer.
Numbers are checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from answers import kpi, plots_exactly, refuses, truth

from aiser_jupyter.engine.core import Engine, EngineConfig

STATES = ["AL", "AZ", "CA", "CO", "DE", "FL", "GA", "ID"]
TITLES = [
    "Total Private",
    "Construction",
    "Mining and Logging: Oil and Gas Extraction",
    "Mining and Logging: Coal Mining",
    "Government: Federal",
    "Government: Local Government",
]


def _fill(con: Any) -> None:
    con.execute(
        "CREATE TABLE Cigarette (state VARCHAR, year INTEGER, packs DOUBLE, tax DOUBLE, pop BIGINT)"
    )
    for i, state in enumerate(STATES):
        for year in range(1985, 1991):
            con.execute(
                "INSERT INTO Cigarette VALUES (?, ?, ?, ?, ?)",
                [
                    state,
                    year,
                    100 + 7 * i - 2 * (year - 1985),
                    20 + 3 * i + (year - 1985),
                    1_000 * (i + 1) + year,
                ],
            )
    con.execute("CREATE TABLE States (rownames VARCHAR, region VARCHAR, pop BIGINT)")
    for i, state in enumerate(STATES):  # one census year's population
        con.execute("INSERT INTO States VALUES (?, ?, ?)", [state, "SA" if i % 2 else "MTN", 7 * i])
    con.execute(
        'CREATE TABLE homes ("Order" BIGINT, "Neighborhood" VARCHAR, "Mo.Sold" BIGINT, '
        '"Yr.Sold" BIGINT, "Year.Built" BIGINT, "Sale.Condition" VARCHAR, price BIGINT, '
        'area BIGINT, "TotRms.AbvGrd" BIGINT, "House.Style" VARCHAR)'
    )
    for n in range(1, 121):
        con.execute(
            "INSERT INTO homes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                n,
                ["North", "South", "East"][n % 3],
                1 + n % 12,
                2006 + n % 4,
                1950 + n % 60,
                ["Normal", "Partial", "Family"][(n // 5) % 3],
                100_000 + 1_000 * n,
                900 + 10 * n,
                4 + n % 6,
                ["1Story", "2Story", "SLvl"][n % 3],
            ],
        )
    con.execute("CREATE TABLE Birthdays (state VARCHAR, day INTEGER, births INTEGER)")
    for i, state in enumerate(STATES):
        for day in range(1, 31):
            con.execute(
                "INSERT INTO Birthdays VALUES (?, ?, ?)", [state, day, 20_000 * (i + 1) + day]
            )
    con.execute("CREATE TABLE resumes (ethnicity VARCHAR, call VARCHAR, jobs INTEGER)")
    for n in range(40):
        con.execute(
            "INSERT INTO resumes VALUES (?, ?, ?)",
            [["afam", "cauc"][n % 2], "yes" if n % 7 == 0 else "no", 1 + n % 5],
        )


def _database(factory: pytest.TempPathFactory, name: str, fill: Callable[[Any], None]) -> Path:
    """A DuckDB file ``<name>.duckdb`` filled by ``fill(connection)``."""
    import duckdb

    path = factory.mktemp(name) / f"{name}.duckdb"
    con = duckdb.connect(str(path))
    fill(con)
    con.close()
    return path


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _database(tmp_path_factory, "things", _fill)


@pytest.fixture
def engine() -> Engine:
    return Engine(EngineConfig(planner="rules", use_cache=False))


def test_a_mean_across_the_states_by_year_is_one_line(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average packs across the states, by year",
        "SELECT year, AVG(packs) FROM Cigarette GROUP BY year",
    )


def test_the_lowest_of_any_state_is_one_number(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("lowest packs of any state in 1988", "d")
    assert kpi(answer) == pytest.approx(
        truth(data, "SELECT 1, MIN(packs) FROM Cigarette WHERE year = 1988")[1]
    )


def test_what_was_the_average_across_states_is_one_number(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("What was the average cigarette tax across states in 1990?", "d")
    assert kpi(answer) == pytest.approx(
        truth(data, "SELECT 1, AVG(tax) FROM Cigarette WHERE year = 1990")[1]
    )


def test_a_month_held_as_mo_is_grouped_never_summed(engine: Engine, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "homes sold by month of the year",
        'SELECT "Mo.Sold", COUNT(*) FROM homes GROUP BY 1',
    )
    assert "SUM(" not in answer.sql.upper()


def test_a_column_numbering_the_rows_is_counted_never_summed(engine: Engine, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "pie of sales by sale condition",
        'SELECT "Sale.Condition", COUNT(*) FROM homes GROUP BY 1',
    )
    assert 'SUM("ORDER")' not in answer.sql.upper().replace("HOMES.", "")


def test_more_than_n_numbered_rows_is_never_a_filter_on_their_numbers(
    engine: Engine, data: Path
) -> None:
    engine.connect("d", str(data))
    try:
        answer = engine.ask("neighborhoods with more than 150 sales", "d")
    except Exception as refused:  # unsure is honest; a filter on "Order" > 150 is not
        assert getattr(refused, "code", "") == "AISER-PLAN-UNSURE"
        return
    assert '"Order" > 150' not in answer.sql


def test_a_total_above_millions_is_compared_as_said(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "states with more than 3 million births in total",
        "SELECT state, SUM(births) FROM Birthdays GROUP BY state HAVING SUM(births) > 3000000",
    )


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Monthly employment series (155 of them) whose titles run to several words, alone in a
    database."""
    return _database(tmp_path_factory, "series", _fill_series)


def _fill_series(con: Any) -> None:
    con.execute(
        "CREATE TABLE us_employment (Series_ID VARCHAR, Title VARCHAR, Month DATE, Employed DOUBLE)"
    )
    titles = TITLES + [f"Industry group {k}" for k in range(150)]
    con.executemany(
        "INSERT INTO us_employment VALUES (?, ?, ?, ?)",
        [
            [f"CEU{i:03d}", title, f"{2017 + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}-01", 1e3 * i + m]
            for i, title in enumerate(titles)
            for m in range(1, 25)
        ],
    )


def test_a_word_inside_a_stored_title_left_out_is_refused(engine: Engine, series: Path) -> None:
    refuses(
        engine,
        series,
        "j",
        "annual average employment in oil and gas extraction, year by year",
        "oil",
    )


def test_a_noun_built_on_a_flag_left_out_is_refused(engine: Engine, data: Path) -> None:
    refuses(engine, data, "d", "callbacks by ethnicity", "callbacks")


@pytest.fixture(scope="module")
def smoking(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A state-year panel of packs per capita (``packpc``) and price (``avgprs``) beside a
    table of the states' regions, keyed by the postal code under another name."""
    return _database(tmp_path_factory, "smoking", _fill_smoking)


def _fill_smoking(con: Any) -> None:
    con.execute(
        "CREATE TABLE Cigarette (state VARCHAR, year INTEGER, packpc DOUBLE, avgprs DOUBLE)"
    )
    con.execute("CREATE TABLE States (rownames VARCHAR, region VARCHAR)")
    for i, state in enumerate(STATES[:4]):
        con.execute("INSERT INTO States VALUES (?, ?)", [state, "ESC" if i % 2 else "PAC"])
        for year in range(1985, 1991):
            con.execute(
                "INSERT INTO Cigarette VALUES (?, ?, ?, ?)",
                [state, year, 90.0 + i + year % 7, 100.0 + 2 * i + year % 5],
            )


def test_a_grouping_phrase_never_spells_a_glued_name(engine: Engine, smoking: Path) -> None:
    """ "pack price [by] census" is no spelling of packpc (pack, p, c): "by" opens a grouping
    that nothing here answers, so the chart is refused, not drawn by year."""
    refuses(
        engine,
        smoking,
        "s",
        "compare the average pack price by census division in 1985 and in 1990",
        "census",
    )


def test_a_year_of_two_year_columns_is_the_one_the_words_name(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "homes sold in 2008 by month of the year",
        'SELECT "Mo.Sold", COUNT(*) FROM homes WHERE "Yr.Sold" = 2008 GROUP BY 1',
    )
    try:  # "during 2009" names neither the year sold nor the year built: asked, not guessed
        answer = engine.ask("monthly number of sales during 2009", "d")
    except Exception as refused:
        assert getattr(refused, "code", "") == "AISER-PLAN-UNSURE"
    else:
        assert "Year.Built" not in answer.sql


def test_a_question_after_one_number_is_never_broken_down(engine: Engine, data: Path) -> None:
    """ "built" names Year.Built, but nothing asks for one number per year built."""
    refuses(engine, data, "d", "How many sales were of newly built homes (sale condition Partial)?")
    engine.connect("d", str(data))
    answer = engine.ask("How many sales were in the Partial condition?", "d")
    want = truth(data, """SELECT 1, COUNT(*) FROM homes WHERE "Sale.Condition" = 'Partial'""")
    assert kpi(answer) == want[1]


def test_a_table_named_for_its_number_is_never_a_count_of_its_rows(
    engine: Engine, series: Path
) -> None:
    """ "employment" names us_employment and its Employed column: a count of the table's rows
    (one a month) drawn under it would show 1 for every month."""
    refuses(engine, series, "j", "Total Private employment month by month in 2018", "employment")


def test_a_quoted_prefix_of_several_words_is_the_whole_pattern(
    engine: Engine, series: Path
) -> None:
    engine.connect("j", str(series))
    answer = engine.ask("How many series have a title starting with 'Mining and Logging'?", "j")
    want = "SELECT 1, COUNT(DISTINCT Series_ID) FROM us_employment WHERE Title LIKE 'Mining and Logging%'"
    assert kpi(answer) == truth(series, want)[1] == 2


def test_a_number_by_year_is_the_yearly_tables_own(engine: Engine, data: Path) -> None:
    """``States.pop`` (one year's) and ``Cigarette.pop`` (each year's): per year, the latter."""
    plots_exactly(
        engine,
        data,
        "d",
        "total population of the states per year",
        "SELECT year, SUM(pop) FROM Cigarette GROUP BY year",
    )


def test_things_counted_over_a_join_that_repeats_them_are_counted_once(
    engine: Engine, data: Path
) -> None:
    """The states joined to their state-year rows: each state once, not once a year."""
    engine.connect("d", str(data))
    answer = engine.ask("How many states does the cigarette panel cover?", "d")
    sql = "SELECT 1, COUNT(DISTINCT rownames) FROM States JOIN Cigarette ON state = rownames"
    assert kpi(answer) == truth(data, sql)[1] == len(STATES)


def test_a_chart_word_that_names_a_column_is_no_instruction(engine: Engine, data: Path) -> None:
    """ "living [area]" beside an ``area`` column: not an area chart, and not the rooms above
    ground that "above-ground" spells."""
    refuses(engine, data, "d", "average above-ground living area by neighborhood", "area")
    plots_exactly(
        engine,
        data,
        "d",
        "average area by neighborhood",
        'SELECT "Neighborhood", AVG(area) FROM homes GROUP BY 1',
    )
    plots_exactly(
        engine,
        data,
        "d",
        "number of sales by neighborhood, as an area chart",
        'SELECT "Neighborhood", COUNT(*) FROM homes GROUP BY 1',
    )


def test_the_rows_named_before_the_measure_say_whose_number(engine: Engine, data: Path) -> None:
    """ "sale price" in a table of sales (``Sale.Condition``) with one price: the price."""
    plots_exactly(
        engine,
        data,
        "d",
        "average sale price by neighborhood",
        'SELECT "Neighborhood", AVG(price) FROM homes GROUP BY 1',
    )


def test_a_time_axis_of_two_year_columns_is_asked_not_guessed(engine: Engine, data: Path) -> None:
    """ "per year" beside ``Yr.Sold`` and ``Year.Built``: which year is the question's."""
    refuses(engine, data, "d", "number of sales per year", "year")
    plots_exactly(
        engine,
        data,
        "d",
        "average price per year built",
        'SELECT "Year.Built", AVG(price) FROM homes GROUP BY 1',
    )


def test_things_are_never_counted_by_a_column_of_their_attribute(
    engine: Engine, data: Path
) -> None:
    """ "houses" is the first word of ``House.Style``: a count of styles is no count of houses."""
    refuses(engine, data, "d", "number of houses sold per year sold", "houses")
    engine.connect("d", str(data))
    answer = engine.ask("how many different house styles are there", "d")
    assert kpi(answer) == 3
