"""Names clipped to their consonants, and series named by what they produce (issue 12).

- "crime rate" of ``crmrte`` (crm|rte): a piece that keeps a word's closing "e" ("rte" of
  "rate") is read beside the words that spell the rest of the name; "the 10 counties with
  the highest crime rate" ranks the counties by it, not a count of counties.
- "cement production", "beer production": ``qcement(time, value)``, ``ausbeer(time, value)``
  measure what is produced; "production" after the name of such a table is no other number,
  and "beer" alone, the last word of ``ausbeer``, is its value.
- "electricity (x) against cement production (y)" where no table is electricity's: refused,
  never a line of cement alone.
- "counties that are more than 40% minority": no bound on a county's code.
- "probability of conviction" of ``prbconv``: "probability" cut and contracted (prb).
- "average weekly wage": the wage is per week, no weekly grouping asked.
- "in western counties": "western" is the value west, the counties the rows it keeps.
- "the 5 Western states with the most murders" over one row per state: refused, not five 1s.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def crime(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("clipped") / "crime.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Crime AS SELECT c.county, 81 + y AS year,"
        " ['west', 'central', 'other'][1 + c.county % 3] AS region,"
        " (c.county * 11 + y * 5) % 97 / 1000.0 AS crmrte, (c.county * 7 + y) % 50 / 1000.0"
        " AS polpc, 1.5 + (c.county * 13) % 60 AS pctmin"
        " FROM (SELECT 1 + 2 * k + (k % 4) AS county FROM range(60) t(k)) c, range(7) r(y)"
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("produced") / "production.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE ausbeer AS SELECT DATE '1956-01-01' + INTERVAL (3 * k) MONTH AS time,"
        " 280 + (k * 37) % 250 AS value FROM range(200) t(k)"
    )
    con.execute(
        "CREATE TABLE qcement AS SELECT DATE '1956-01-01' + INTERVAL (3 * k) MONTH AS time,"
        " 0.5 + (k * 13) % 200 / 100.0 AS value FROM range(230) t(k)"
    )
    con.execute(
        "CREATE TABLE qauselec AS SELECT DATE '1956-01-01' + INTERVAL (3 * k) MONTH AS time,"
        " 3000 + 300 * k AS value FROM range(218) t(k)"
    )
    con.close()
    return path


def test_a_rate_clipped_to_consonants(engine: Engine, crime: Path) -> None:
    plots_exactly(
        engine,
        crime,
        "c",
        "average crime rate by region",
        "SELECT region, AVG(crmrte) FROM Crime GROUP BY region",
    )
    plots_exactly(
        engine,
        crime,
        "c",
        "police per capita (x) vs crime rate (y) by county in 1987",
        "SELECT polpc, crmrte FROM Crime WHERE year = 87",
    )


def test_top_counties_by_a_rate(engine: Engine, crime: Path) -> None:
    plots_exactly(
        engine,
        crime,
        "c",
        "the 10 counties with the highest crime rate in 1987",
        "SELECT county, crmrte FROM Crime WHERE year = 87 ORDER BY crmrte DESC LIMIT 10",
    )


def test_a_percentage_is_no_bound_on_a_county_code(engine: Engine, crime: Path) -> None:
    engine.connect("c", str(crime))
    from aiser_jupyter.errors import AiserError

    try:
        answer = engine.ask(
            "average crime rate in 1987 of counties that are more than 40% minority", "c"
        )
    except AiserError as exc:  # refused is honest; a bound on the code is not
        assert exc.code.startswith("AISER-PLAN"), exc
        return
    assert "county >" not in answer.plan.sql.lower()
    assert kpi(answer) == pytest.approx(
        one(crime, "SELECT AVG(crmrte) FROM Crime WHERE year = 87 AND pctmin > 40")
    )


def test_what_a_series_produces(engine: Engine, production: Path) -> None:
    plots_exactly(
        engine,
        production,
        "p",
        "cement production per quarter from 2010 on",
        "SELECT time, value FROM qcement WHERE time >= DATE '2010-01-01'",
    )
    plots_exactly(
        engine,
        production,
        "p",
        "top 5 years for beer production",
        "SELECT CAST(DATE_TRUNC('year', time) AS TIMESTAMP), SUM(value) FROM ausbeer"
        " GROUP BY 1 ORDER BY 2 DESC LIMIT 5",
    )


def test_an_axis_of_no_table_is_refused(engine: Engine, production: Path) -> None:
    refuses(
        engine,
        production,
        "p",
        "electricity (x) against cement production (y) for each quarter since 1980",
        "electricity",
    )


@pytest.fixture(scope="module")
def wages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("wages") / "wages.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Crime AS SELECT c.county, 81 + y AS year,"
        " ['west', 'central', 'other'][1 + c.county % 3] AS region,"
        " 0.2 + (c.county * 7 + y) % 40 / 100.0 AS prbconv, 0.1 + (c.county * 3 + y) % 50 / 100.0"
        " AS prbarr, 250 + (c.county * 17 + y * 9) % 300 AS wfed, 180 + (c.county * 5 + y) % 200"
        " AS wloc FROM (SELECT 1 + 2 * k + (k % 4) AS county FROM range(60) t(k)) c, range(7) r(y)"
    )
    con.execute(
        "CREATE TABLE murders AS SELECT 'State ' || k AS state, ['West', 'South', 'Northeast'][1 + k"
        " % 3] AS region, 1000 + (k * 7919) % 9000000 AS population, 5 + (k * 37) % 900 AS total"
        " FROM range(51) t(k)"
    )
    con.close()
    return path


def test_a_probability_clipped_and_contracted(engine: Engine, wages: Path) -> None:
    """prb|conv: "probability" cut to "prob" and contracted, beside "conviction"."""
    plots_exactly(
        engine,
        wages,
        "w",
        "average probability of conviction, year by year",
        "SELECT year, AVG(prbconv) FROM Crime GROUP BY year",
    )


def test_a_weekly_wage_is_a_wage_per_week(engine: Engine, wages: Path) -> None:
    plots_exactly(
        engine,
        wages,
        "w",
        "average weekly wage of federal employees per year",
        "SELECT year, AVG(wfed) FROM Crime GROUP BY year",
    )


def test_western_counties_are_the_rows_kept(engine: Engine, wages: Path) -> None:
    """ "western" of the value west; "in western counties": those rows, one average."""
    engine.connect("w", str(wages))
    answer = engine.ask(
        "average weekly wage of local government employees in western counties in 1987", "w"
    )
    assert kpi(answer) == pytest.approx(
        one(wages, "SELECT AVG(wloc) FROM Crime WHERE year = 87 AND region = 'west'")
    )


def test_a_top_n_of_ones_is_refused(engine: Engine, wages: Path) -> None:
    """A table of one row per state: its rows counted per state are 1 each, whatever "the most
    murders" ranks; the count column ``total`` is what to show, so the chart is refused."""
    engine.connect("w", str(wages))
    from aiser_jupyter.errors import AiserError

    with pytest.raises(AiserError) as caught:
        engine.ask("the 5 Western states with the most murders", "w")
    assert caught.value.code == "AISER-PLAN-UNSURE"
