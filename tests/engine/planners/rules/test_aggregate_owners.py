"""An aggregate word whose number is named before it or after "of" (issue 12).

- "Mobil's average daily return by calendar month" of a table of daily returns, one column
  per stock: the average is Mobil's (it had fallen on nothing and the returns were summed).
- "average daily return of the CRSP index, month by month in 1998": the number after "of";
  "average freedom of expression score" stays one name.
- "plague deaths" of a whole-number ``Plague``: the deaths are what the column counts.
- "the lowest average per capita income": "per capita" between the aggregate and its number
  is the number's rate, no grouping; "characters" of ``num_char`` (char: character).
- "employees who earn more than 10,000 a month": "earn" names the income (before a salary
  hike), and "a month" is the period of the number compared, no date.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def returns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("owned_numbers") / "returns.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE stock_days AS SELECT 1990 + k // 240 AS year, 1 + (k // 20) % 12 AS month,"
        " 1 + k % 20 AS day, sin(k) / 40 AS ge, cos(k) / 50 AS ibm, sin(k / 3) / 45 AS mobil,"
        " cos(k / 7) / 60 AS crsp FROM range(2400) t(k)"
    )
    con.execute(
        "CREATE TABLE Bills AS SELECT 1629 + k AS Year, (k * 71) % 3000 AS Plague,"
        " 8000 + (k * 37) % 9000 AS Mortality FROM range(82) t(k)"
    )
    con.execute(
        "CREATE TABLE hfi AS SELECT 2008 + k % 9 AS year, ['Asia', 'Europe', 'Africa'][1 + k % 3]"
        " AS region, 5 + (k * 7) % 50 / 10 AS pf_expression, 4 + (k * 3) % 60 / 10 AS pf_score"
        " FROM range(270) t(k)"
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def staff(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("earned") / "staff.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE staff AS SELECT 2000 + (k * 97) % 15000 AS MonthlyIncome,"
        " 11 + k % 14 AS PercentSalaryHike, ['Sales', 'R&D', 'HR'][1 + k % 3] AS Department"
        " FROM range(500) t(k)"
    )
    con.close()
    return path


def test_earning_more_than_a_sum_a_month(engine: Engine, staff: Path) -> None:
    engine.connect("e", str(staff))
    answer = engine.ask("how many employees earn more than 10,000 a month", "e")
    assert kpi(answer) == one(staff, "SELECT COUNT(*) FROM staff WHERE MonthlyIncome > 10000")


def test_an_owner_names_the_number_averaged(engine: Engine, returns: Path) -> None:
    plots_exactly(
        engine,
        returns,
        "r",
        "Mobil's average daily return by calendar month, all years pooled",
        "SELECT month, AVG(mobil) FROM stock_days GROUP BY month",
    )


def test_the_number_after_of_is_averaged(engine: Engine, returns: Path) -> None:
    plots_exactly(
        engine,
        returns,
        "r",
        "average daily return of the CRSP market index, month by month in 1995",
        "SELECT month, AVG(crsp) FROM stock_days WHERE year = 1995 GROUP BY month",
    )
    refuses(  # "freedom of expression score" is one name: its score compared, not averaged
        engine,
        returns,
        "r",
        "regions whose average freedom of expression score was below 8 in 2016",
        "average",
    )


def test_things_a_count_column_counts(engine: Engine, returns: Path) -> None:
    plots_exactly(
        engine,
        returns,
        "r",
        "which 5 years had the most plague deaths?",
        "SELECT Year, Plague FROM Bills ORDER BY Plague DESC LIMIT 5",
    )


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("per_capita") / "states.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Fatalities AS SELECT ['al', 'az', 'ca', 'co', 'ct', 'de', 'fl', 'ga'][1 + k % 8]"
        " AS state, 1982 + k // 8 AS year, 9000 + (k * 733) % 9000 AS income,"
        " 300 + (k * 17) % 900 AS fatal FROM range(56) t(k)"
    )
    con.execute(
        "CREATE TABLE email AS SELECT CAST(k % 5 = 0 AS INT) AS spam,"
        " 1 + (k * 13) % 90 AS num_char, k % 7 AS line_breaks FROM range(400) t(k)"
    )
    con.close()
    return path


def test_per_capita_before_a_number_is_its_rate(engine: Engine, states: Path) -> None:
    plots_exactly(
        engine,
        states,
        "s",
        "the 5 states with the lowest average per capita income",
        "SELECT state, AVG(income) FROM Fatalities GROUP BY state ORDER BY 2 LIMIT 5",
    )


def test_char_in_a_name_is_character(engine: Engine, states: Path) -> None:
    plots_exactly(
        engine,
        states,
        "s",
        "average characters by spam",
        "SELECT spam, AVG(num_char) FROM email GROUP BY spam",
    )
