"""Things counted, not summed, and years a column cannot hold (issue 12).

- "how many counties are in each region" of a panel whose ``county`` is a whole number (a
  county's code, one row a year): the distinct counties, never the sum of their codes — also
  "pie of the counties by region", where no count word is said.
- "police per capita (x) vs crime rate (y)": the words marked on an axis name no number the
  plan reads, so the chart is refused, not drawn with the county code up the y axis.
- "average age in 1971" beside a year of death that runs 1983 … 1992: no bound on that year.
  "before 1984", "by 1984." bound a whole-number year column as "since 1984" does.
- "regions with more than 50 smokers": the rows a yes/no column keeps are counted per group.
- "methods used by people aged 15 to 24": the ages bound the rows; none is measured.
- "age of the youngest person": one number, not a bar per person.
- "how many quarters of electricity figures are there?" over three unrelated series, none
  named: which table's rows is asked, never guessed.
- "the 5 years with the least sea ice" of ``seaice(year, value, lb, ub)``: the table's value
  (its bounds beside it are no other measure).
- "degree holders: smokers by gender": 'Degree' is a stored qualification, kept (the word is
  also a unit, "30 degrees", read so only after a number).
- "count by release year for movies released before 1950" drawn per title: refused.
- "suicide attempts" of a table SuicideCases are its rows; "smokers" are the rows where
  ``smoke`` = 'Yes', a word the account explains by that flag.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError


def _db(factory: pytest.TempPathFactory, name: str, *tables: str) -> Path:
    import duckdb

    path = factory.mktemp("places_years") / f"{name}.duckdb"
    con = duckdb.connect(str(path))
    for sql in tables:
        con.execute(sql)
    con.close()
    return path


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _db(
        tmp_path_factory,
        "panel",
        "CREATE TABLE crimes AS SELECT c.county, 81 + y AS year,"
        " ['west', 'central', 'other'][1 + c.county % 3] AS region,"
        " ['yes', 'no'][1 + (c.county // 3) % 2] AS smsa, (c.county * 7 + y) % 50 / 1000.0 AS polpc,"
        " 0.5 + (c.county * 13 + y * 3) % 70 / 10.0 AS density"
        " FROM (SELECT 1 + 2 * k + (k % 4) AS county FROM range(60) t(k)) c, range(7) r(y)",
    )


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _db(
        tmp_path_factory,
        "people",
        "CREATE TABLE cohort AS SELECT k AS seqn, 25 + k % 50 AS age,"
        " ['married', 'single', 'widowed'][1 + k % 3] AS marital,"
        " CASE WHEN k % 5 = 0 THEN 83 + k % 10 END AS yrdth,"
        " CASE WHEN k % 5 = 0 THEN 1 ELSE 0 END AS death FROM range(800) t(k)",
        "CREATE TABLE survey AS SELECT ['North', 'South', 'East', 'West', 'Midlands'][1 + k % 5]"
        " AS region, CASE WHEN k % 4 = 0 OR k % 7 = 0 THEN 'Yes' ELSE 'No' END AS smoke,"
        " ['Male', 'Female'][1 + k % 2] AS gender,"
        " ['Degree', 'GCSE/O Level', 'No Qualification'][1 + k % 3] AS highest_qualification"
        " FROM range(1000) t(k)",
    )


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _db(
        tmp_path_factory,
        "register",
        "CREATE TABLE SuicideCases AS SELECT k AS Person_ID, 12 + (k * 7) % 70 AS Age,"
        " ['hanging', 'poison', 'drowning', 'jumping'][1 + k % 4] AS method,"
        " CASE WHEN k % 3 = 0 OR k % 8 = 1 THEN 'yes' ELSE 'no' END AS Died FROM range(900) t(k)",
    )


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _db(
        tmp_path_factory,
        "series",
        "CREATE TABLE qbeer AS SELECT DATE '1960-01-01' + INTERVAL (3 * k) MONTH AS time,"
        " 300 + k % 90 AS value FROM range(200) t(k)",
        "CREATE TABLE qauselec AS SELECT DATE '1956-01-01' + INTERVAL (3 * k) MONTH AS time,"
        " 3000 + 40 * k AS value FROM range(218) t(k)",
        "CREATE TABLE qgas AS SELECT DATE '1956-01-01' + INTERVAL (3 * k) MONTH AS time,"
        " 5 + k AS value FROM range(190) t(k)",
        "CREATE TABLE seaice AS SELECT 1901 + k AS year, 12000000 - (k * 7919) % 1300000 AS value,"
        " 11900000 - (k * 7919) % 1300000 AS lb, 12100000 - (k * 7919) % 1300000 AS ub"
        " FROM range(115) t(k)",
    )


def test_counties_of_a_panel_are_counted_apart(engine: Engine, panel: Path) -> None:
    truth = "SELECT region, COUNT(DISTINCT county) FROM crimes GROUP BY region"
    plots_exactly(engine, panel, "p", "how many counties are in each region?", truth)
    plots_exactly(engine, panel, "p", "pie of the counties by region", truth)
    plots_exactly(
        engine,
        panel,
        "p",
        "number of counties by region, split into SMSA and non-SMSA",
        "SELECT region, COUNT(DISTINCT county), smsa FROM crimes GROUP BY region, smsa",
    )


def test_an_axis_marked_on_words_no_number_reads(engine: Engine, panel: Path) -> None:
    refuses(engine, panel, "p", "police per capita (x) vs crime rate (y) by county in 1987")
    plots_exactly(  # the same marks on a number it reads: drawn, one point per county
        engine,
        panel,
        "p",
        "police per capita (x) vs density (y) by county in 1987",
        "SELECT polpc, density FROM crimes WHERE year = 87",
    )


def test_a_year_outside_the_column_is_no_bound(engine: Engine, people: Path) -> None:
    refuses(engine, people, "c", "average age in 1971 by marital status", "1971")


def test_years_up_to_one_bound_a_whole_number_year(engine: Engine, panel: Path) -> None:
    engine.connect("p", str(panel))
    for question, last in (("total density before 1984", 83), ("total density by 1984.", 84)):
        answer = engine.ask(question, "p")
        assert kpi(answer) == pytest.approx(
            one(panel, f"SELECT SUM(density) FROM crimes WHERE year <= {last}")
        )


def test_a_group_count_of_a_flag_keeps_its_rows(engine: Engine, people: Path) -> None:
    plots_exactly(
        engine,
        people,
        "c",
        "regions with more than 50 smokers",
        "SELECT region, COUNT(*) FROM survey WHERE smoke = 'Yes' GROUP BY region"
        " HAVING COUNT(*) > 50",
    )


def test_deaths_counted_per_method(engine: Engine, register: Path) -> None:
    plots_exactly(
        engine,
        register,
        "r",
        "methods with more than 100 deaths",
        "SELECT method, COUNT(*) FROM SuicideCases WHERE Died = 'yes' GROUP BY method"
        " HAVING COUNT(*) > 100",
    )


def test_ages_that_bound_the_rows_are_no_measure(engine: Engine, register: Path) -> None:
    plots_exactly(
        engine,
        register,
        "r",
        "methods used by young people aged 15 to 24",
        "SELECT method, COUNT(*) FROM SuicideCases WHERE Age BETWEEN 15 AND 24 GROUP BY method",
    )


def test_the_youngest_one_is_one_number(engine: Engine, register: Path) -> None:
    engine.connect("r", str(register))
    answer = engine.ask("age of the youngest person in the register", "r")
    assert kpi(answer) == one(register, "SELECT MIN(Age) FROM SuicideCases")


def test_rows_of_no_named_table_are_asked_for(engine: Engine, series: Path) -> None:
    engine.connect("s", str(series))
    with pytest.raises(AiserError) as caught:
        engine.ask("how many quarters of electricity figures are there?", "s")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert "qauselec" in str(caught.value)


def test_a_value_beside_its_bounds_is_the_table_measure(engine: Engine, series: Path) -> None:
    plots_exactly(
        engine,
        series,
        "s",
        "the 5 years with the least sea ice",
        "SELECT year, value FROM seaice ORDER BY value, year LIMIT 5",
    )


def test_a_stored_value_spelled_as_a_unit_is_not_dropped(engine: Engine, people: Path) -> None:
    plots_exactly(
        engine,
        people,
        "c",
        "degree holders: smokers by gender",
        "SELECT gender, COUNT(*) FROM survey WHERE highest_qualification = 'Degree'"
        " AND smoke = 'Yes' GROUP BY gender",
    )


def test_a_year_grouping_left_out_is_refused(engine: Engine, tmp_path: Path) -> None:
    path = _db_films(tmp_path)
    refuses(
        engine, path, "f", "ratings count by release year for movies released before 1950", "year"
    )


def _db_films(tmp_path: Path) -> Path:
    import duckdb

    path = tmp_path / "films.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE movielens AS SELECT k % 300 AS movieId, 'Film ' || (k % 300) AS title,"
        " 1920 + (k % 300) % 90 AS year, ['Drama', 'Comedy'][1 + k % 2] AS genres,"
        " 1 + k % 70 AS userId, 0.5 + (k % 10) / 2 AS rating,"
        " TIMESTAMP '1996-01-01' + INTERVAL (k * 5) DAY AS timestamp FROM range(3000) t(k)"
    )
    con.close()
    return path


def test_rows_named_after_their_table(engine: Engine, register: Path) -> None:
    """ "suicide attempts" of SuicideCases: the table's rows, called by its name's word."""
    plots_exactly(
        engine,
        register,
        "r",
        "share of suicide attempts by method",
        "SELECT method, COUNT(*) FROM SuicideCases GROUP BY method",
    )


def test_the_doers_of_a_flag(engine: Engine, people: Path) -> None:
    """ "smokers" of ``smoke`` = 'Yes': the rows the flag keeps, explained by it."""
    plots_exactly(
        engine,
        people,
        "c",
        "number of smokers by region",
        "SELECT region, COUNT(*) FROM survey WHERE smoke = 'Yes' GROUP BY region",
    )


def test_a_table_set_against_a_number_is_refused(
    engine: Engine, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """ "sea level vs sea ice, one dot per year": no number of ``sealevels`` is read, so the
    chart would be the ice alone by year; refused."""
    path = _db(
        tmp_path_factory,
        "levels",
        "CREATE TABLE seaice AS SELECT 1901 + k AS year, 12000000 - (k * 7919) % 1300000 AS value,"
        " 11900000 - (k * 7919) % 1300000 AS lb, 12100000 - (k * 7919) % 1300000 AS ub"
        " FROM range(115) t(k)",
        "CREATE TABLE sealevels AS SELECT 1880 + k AS year, k * 0.05 AS adjlev, k * 0.05 - 0.2"
        " AS lb, k * 0.05 + 0.2 AS ub FROM range(134) t(k)",
    )
    engine.connect("l", str(path))
    with pytest.raises(AiserError) as caught:
        engine.ask("sea level vs sea ice, one dot per year", "l")
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_only_a_name_ending_in_a_place_word_is_a_code() -> None:
    """``county`` and ``birth_state`` end in a place word; ``Outstate`` (out-of-state tuition)
    glues it into one word and stays a number."""
    from aiser_jupyter.engine.planners.lexicon import names_a_place

    assert names_a_place("county") and names_a_place("birth_state")
    assert names_a_place("CountyCode") is False and names_a_place("Outstate") is False
