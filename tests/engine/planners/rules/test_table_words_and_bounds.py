"""Words that pick a table or a column, and bounds said of them, that had drawn another
question's chart (issue 12).

- ``EURegionalUnemployment`` is "EU Regional Unemployment": "regional" names that table
  among two of the same columns (a capital run before a word had been cut as ``EUR`` +
  "egional"); "areas" (a weak synonym of a region) pulls no table in.
- "rate above the national rate", "whose father went to college": a comparison or a clause
  the plan does not read is refused, never drawn without it.
- "houses built before 1950": the year column the verb names (``YearBuilt``), kept, not the
  date of sale, and no axis of it; "month by month", "monthly" beside the dates of sale run
  along them, not round an integer month's 1 … 12.
- "wheat cost more than 40 shillings": the noun after the number is its unit, the number
  compared is wheat's; "London burials …" unread is refused.
- "how many states had a tax above 50 cents": the distinct states of the rows kept, not the
  rows of a table of states joined (which lacks one of them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.lexicon import split_name


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("table_words") / "rates.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE EUNationalUnemployment (Status VARCHAR, Sex VARCHAR, Cause VARCHAR,"
        " Rate DOUBLE, SE DOUBLE)"
    )
    con.execute(
        "CREATE TABLE EURegionalUnemployment (Region VARCHAR, Status VARCHAR, Sex VARCHAR,"
        " Cause VARCHAR, Rate DOUBLE, SE DOUBLE)"
    )
    causes = ["Layoff", "Closure", "Seasonal", "Health"]
    for k, (status, sex, cause) in enumerate(
        (s, x, c) for s in ("Urban", "Rural") for x in ("Male", "Female") for c in causes
    ):
        con.execute(
            "INSERT INTO EUNationalUnemployment VALUES (?, ?, ?, ?, ?)",
            [status, sex, cause, 4.0 + k, 0.2 + k / 50],
        )
        for r in range(6):
            con.execute(
                "INSERT INTO EURegionalUnemployment VALUES (?, ?, ?, ?, ?, ?)",
                [f"Region {r + 1:02d}", status, sex, cause, 2.0 + k + 3 * r, 0.5 + r / 10],
            )
    con.close()
    return path


@pytest.fixture(scope="module")
def houses(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("house_bounds") / "houses.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE HouseSales AS SELECT DATE '2010-01-05' + INTERVAL (k * 3) DAY AS Date,"
        " 1900 + (k * 7) % 115 AS YearBuilt, year(DATE '2010-01-05' + INTERVAL (k * 3) DAY)"
        " AS YearSold, month(DATE '2010-01-05' + INTERVAL (k * 3) DAY) AS MonthSold,"
        " 90000 + (k * 7919) % 150000 AS SalePrice FROM range(900) t(k)"
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("wheat_years") / "history.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Wheat AS SELECT 1600 + 5 * k AS Year, 25.0 + (k * 13) % 40 AS Wheat,"
        " 5.0 + k / 4 AS Wages FROM range(50) t(k)"
    )
    con.execute(
        "CREATE TABLE Baptisms AS SELECT 1629 + k AS Year, 4000 + k * 37 AS Males,"
        " 3800 + k * 35 AS Females FROM range(80) t(k)"
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def taxes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("state_taxes") / "taxes.duckdb"
    con = duckdb.connect(str(path))
    codes = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI"]
    con.execute("CREATE TABLE States (rownames VARCHAR, region VARCHAR, pop BIGINT)")
    con.executemany(  # no row for DC: the panel lists a state the table of states lacks
        "INSERT INTO States VALUES (?, ?, ?)",
        [[c, ["ESC", "PAC", "MTN"][k % 3], 1000 + k] for k, c in enumerate(codes) if c != "DC"],
    )
    con.execute("CREATE TABLE Cigarette (state VARCHAR, year BIGINT, tax DOUBLE, packs DOUBLE)")
    con.executemany(
        "INSERT INTO Cigarette VALUES (?, ?, ?, ?)",
        [
            [c, y, 30.0 + (k * 7 + (y - 1985) * 4) % 45, 100.0 + k]
            for k, c in enumerate(codes)
            for y in range(1985, 1996)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def students(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("student_clauses") / "students.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE CollegeDistance AS SELECT 40 + (k * 17) % 30 AS score,"
        " CASE WHEN k % 3 = 0 THEN 'yes' ELSE 'no' END AS fcollege,"
        " CASE WHEN k % 4 = 0 THEN 'yes' ELSE 'no' END AS mcollege,"
        " CASE WHEN k % 2 = 0 THEN 'high' ELSE 'low' END AS income,"
        " ['west', 'other'][1 + k % 2] AS region FROM range(400) t(k)"
    )
    con.close()
    return path


def test_a_capital_run_before_a_word_is_split_before_its_last_capital() -> None:
    assert split_name("USRegionalMortality") == ["us", "regional", "mortality"]
    assert split_name("TVRating") == ["tv", "rating"]
    assert split_name("ageOFocc")[:2] == ["age", "of"]  # a function word in capitals


def test_a_word_inside_a_table_name_picks_that_table(engine: Engine, rates: Path) -> None:
    plots_exactly(
        engine,
        rates,
        "r",
        "average standard error of the regional rates for each cause",
        "SELECT Cause, AVG(SE) FROM EURegionalUnemployment GROUP BY Cause",
    )
    plots_exactly(
        engine,
        rates,
        "r",
        "scatter of regional unemployment rate (x) against its standard error (y)",
        "SELECT Rate, SE FROM EURegionalUnemployment",
    )


def test_a_weak_synonym_pulls_in_no_table(engine: Engine, rates: Path) -> None:
    plots_exactly(  # "areas" is a synonym of region: the regional table had been read
        engine,
        rates,
        "r",
        "unemployment rates by cause for women in urban areas",
        "SELECT Cause, Rate FROM EUNationalUnemployment WHERE Sex = 'Female' AND Status = 'Urban'",
    )


def test_a_comparison_with_another_rate_is_refused(engine: Engine, rates: Path) -> None:
    refuses(
        engine,
        rates,
        "r",
        "regions where the layoff rate of rural women is above the national rate",
        "above",
    )


def test_a_year_column_named_by_its_verb_is_bounded(engine: Engine, houses: Path) -> None:
    engine.connect("h", str(houses))
    answer = engine.ask("average sale price of houses built before 1950", "h")
    assert kpi(answer) == pytest.approx(
        one(houses, "SELECT AVG(SalePrice) FROM HouseSales WHERE YearBuilt < 1950")
    )
    plots_exactly(
        engine,
        houses,
        "h",
        "average sale price by year built for houses built since 2000",
        "SELECT YearBuilt, AVG(SalePrice) FROM HouseSales WHERE YearBuilt >= 2000"
        " GROUP BY YearBuilt",
    )


def test_monthly_beside_dates_runs_along_them(engine: Engine, houses: Path) -> None:
    series = "SELECT date_trunc('month', Date), AVG(SalePrice) FROM HouseSales GROUP BY 1"
    for question in (
        "average sale price month by month over the whole period",
        "monthly average sale price",
    ):
        plots_exactly(engine, houses, "h", question, series)
    plots_exactly(
        engine,
        houses,
        "h",
        "average sale price by month of the year",
        "SELECT MonthSold, AVG(SalePrice) FROM HouseSales GROUP BY MonthSold",
    )


def test_the_noun_after_a_compared_number_is_its_unit(engine: Engine, history: Path) -> None:
    plots_exactly(
        engine,
        history,
        "w",
        "wages in the years when wheat cost more than 40 shillings",
        "SELECT Year, Wages FROM Wheat WHERE Wheat > 40",
    )
    refuses(
        engine,
        history,
        "w",
        "London burials in the years when wheat cost more than 40 shillings",
        "burials",
    )


def test_things_counted_where_their_rows_are_kept(engine: Engine, taxes: Path) -> None:
    engine.connect("t", str(taxes))
    answer = engine.ask("How many states had an excise tax above 50 cents in 1995?", "t")
    assert kpi(answer) == one(
        taxes, "SELECT COUNT(DISTINCT state) FROM Cigarette WHERE tax > 50 AND year = 1995"
    )
    plots_exactly(  # the comma: "per year" groups, no tax "per year"
        engine,
        taxes,
        "t",
        "number of states with a tax above 50 cents, per year from 1990 to 1995",
        "SELECT year, COUNT(DISTINCT state) FROM Cigarette WHERE tax > 50"
        " AND year BETWEEN 1990 AND 1995 GROUP BY year",
    )


def test_a_clause_about_someone_else_is_refused(engine: Engine, students: Path) -> None:
    refuses(
        engine,
        students,
        "c",
        "average test score of students in the West whose father went to college",
        "father",
    )
    engine.connect("c", str(students))
    answer = engine.ask("lowest test score of students whose family income is high", "c")
    assert kpi(answer) == one(
        students, "SELECT MIN(score) FROM CollegeDistance WHERE income = 'high'"
    )


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("middle_words") / "series.duckdb"
    con = duckdb.connect(str(path))
    for name, shift in (("USMortality", 0.0), ("USUrbanMortality", 40.0)):
        con.execute(
            f"CREATE TABLE {name} AS SELECT ['Cancer', 'Stroke', 'Flu'][1 + k % 3] AS Cause,"
            f" {shift} + (k * 7) % 60 AS Rate FROM range(60) t(k)"
        )
    con.close()
    return path


def test_a_middle_word_of_a_table_name_names_it(engine: Engine, series: Path) -> None:
    plots_exactly(  # "urban" is no column nor value: only the table's name says it
        engine,
        series,
        "u",
        "average urban death rate by cause",
        "SELECT Cause, AVG(Rate) FROM USUrbanMortality GROUP BY Cause",
    )
