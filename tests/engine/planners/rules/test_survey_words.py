"""Survey and series words that had drawn another question's chart (issue 12).

- A rating scale that stores 'average' ('poor', 'average', 'good'): "average hospital stays
  by health" asks for a mean of the stays; it had kept the rows rated 'average' and summed.
- "years of schooling": a quantity's unit, never the calendar ``year`` column averaged.
- "85 and up" is a lower bound; a stated bin width that puts the whole column into one or
  two bars is asked back (ages kept in decades, "5-year bins").
- "days IBM beat the market": a comparison the plan does not read is refused, not summed;
  "how many people were surveyed" counts every row (no condition left out).
- A survey's "iap" (inapplicable) beside "yes" is a flag: "widowed respondents" are counted.
- "happiness" names the column ``happy`` of a table called ``happiness``; "women" and "men"
  are the sides of a 0/1 ``female``.
- A tidy series table's generic ``value`` is named by its subject: "the average index"; its
  240 months "over time" are drawn each (they had been summed by year).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, plotted, refuses, truth

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("survey_words") / "survey.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE visits_survey (visits BIGINT, hospital BIGINT, health VARCHAR,"
        " gender VARCHAR, region VARCHAR, age DOUBLE, school BIGINT, income DOUBLE)"
    )
    ratings = ["poor", "average", "good", "excellent"]
    rows = [
        [k % 9, k % 3, ratings[k % 4], ["male", "female"][k % 2], ["north", "south", "west"][k % 3],
         6.6 + (k % 44) / 10, 6 + k % 12, 1.5 + (k % 50) / 10]
        for k in range(800)
    ]  # fmt: skip
    con.executemany("INSERT INTO visits_survey VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()
    return path


@pytest.fixture(scope="module")
def gss(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("gss_words") / "gss.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE happiness (year BIGINT, workstat VARCHAR, educ BIGINT, widowed VARCHAR,"
        " region VARCHAR, happy VARCHAR, tvhours BIGINT, female BIGINT, divorce VARCHAR)"
    )
    rows = [
        [1994 + 2 * (k % 7), ["working fulltime", "school", "retired"][k % 3], 8 + k % 12,
         "yes" if k % 9 == 0 else "iap", ["new england", "pacific"][k % 2],
         ["very happy", "pretty happy", "not too happy"][k % 3], k % 6, k % 2,
         "yes" if k % 4 == 0 else "no"]
        for k in range(900)
    ]  # fmt: skip
    con.executemany("INSERT INTO happiness VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()
    return path


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("series_words") / "series.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE prices (date DATE, category VARCHAR, value DOUBLE)")
    con.execute(
        "INSERT INTO prices SELECT DATE '2000-01-01' + INTERVAL (m) MONTH, c,"
        " 100 + m * (1 + length(c) / 10) FROM range(240) t(m),"
        " (VALUES ('Housing'), ('Apparel'), ('Medical Care'), ('Televisions')) v(c)"
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def returns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("returns_words") / "returns.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE returns (year BIGINT, month BIGINT, day BIGINT, ibm DOUBLE, crsp DOUBLE)"
    )
    con.execute(
        "INSERT INTO returns SELECT 1990 + k // 250, 1 + (k // 21) % 12, 1 + k % 21,"
        " sin(k) / 50, cos(k) / 60 FROM range(1000) t(k)"
    )
    con.close()
    return path


def test_average_before_a_number_is_the_mean(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "average hospital stays by health status and gender",
        "SELECT health, AVG(hospital), gender FROM visits_survey GROUP BY health, gender",
    )
    plots_exactly(
        engine,
        survey,
        "s",
        "average income by gender for people in poor health",
        "SELECT gender, AVG(income) FROM visits_survey WHERE health = 'poor' GROUP BY gender",
    )


def test_average_said_as_a_rating_keeps_those_rows(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "average income by region for people in average health",
        "SELECT region, AVG(income) FROM visits_survey WHERE health = 'average' GROUP BY region",
    )


def test_years_of_schooling_is_no_calendar_year(engine: Engine, gss: Path) -> None:
    engine.connect("s", str(gss))
    with pytest.raises(AiserError) as caught:  # had been the mean of year, workstat 'school'
        engine.ask("average years of schooling by work status", "s")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    plots_exactly(
        engine,
        gss,
        "s",
        "average years of education by region",
        "SELECT region, AVG(educ) FROM happiness GROUP BY region",
    )


def test_and_up_is_a_lower_bound(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "number of people aged 9 and up by region",
        "SELECT region, COUNT(*) FROM visits_survey WHERE age >= 9 GROUP BY region",
    )


def test_bins_wider_than_the_column_are_asked_back(engine: Engine, survey: Path) -> None:
    engine.connect("s", str(survey))
    with pytest.raises(AiserError) as caught:
        engine.ask("age distribution of the respondents in 5-year bins", "s")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert "runs from 6.6 to 10.9" in str(caught.value) and "bin width 0.5" in str(caught.value)
    answer = engine.ask("histogram of age with bin width 0.5", "s")
    assert len(answer.table) >= 9


def test_a_comparison_verb_unread_is_refused(engine: Engine, returns: Path) -> None:
    refuses(engine, returns, "r", "days IBM beat the market index, per year, as bars", "beat")


def test_inapplicable_beside_yes_is_a_flag(engine: Engine, gss: Path) -> None:
    plots_exactly(
        engine,
        gss,
        "s",
        "how many widowed respondents are there in each region?",
        "SELECT region, COUNT(*) FROM happiness WHERE widowed = 'yes' GROUP BY region",
    )


def test_a_people_table_by_its_traits(engine: Engine, gss: Path) -> None:
    plots_exactly(
        engine,
        gss,
        "s",
        "people with more than 16 years of education by region",
        "SELECT region, COUNT(*) FROM happiness WHERE educ > 16 GROUP BY region",
    )


def test_a_noun_in_ness_names_its_adjective(engine: Engine, gss: Path) -> None:
    plots_exactly(
        engine,
        gss,
        "s",
        "average tv hours by happiness",
        "SELECT happy, AVG(tvhours) FROM happiness GROUP BY happy",
    )
    # the table's own name explains no word the plan does not read
    refuses(engine, gss, "s", "happiness levels by region and gender", "happiness")


def test_a_series_number_named_by_its_subject(engine: Engine, series: Path) -> None:
    plots_exactly(
        engine,
        series,
        "p",
        "average index by category during 2010",
        "SELECT category, AVG(value) FROM prices WHERE year(date) = 2010 GROUP BY category",
    )
    plots_exactly(
        engine,
        series,
        "p",
        "peak index reached by each category",
        "SELECT category, MAX(value) FROM prices GROUP BY category",
    )
    plots_exactly(
        engine,
        series,
        "p",
        "categories whose average index is above 150",
        "SELECT category, AVG(value) FROM prices GROUP BY category HAVING AVG(value) > 150",
    )


def test_average_daily_total_is_asked_back(engine: Engine, tmp_path: Path) -> None:
    """ "average daily revenue" of order lines (several a day) is the mean of each day's
    total: asked back, where a line of the lines' mean per day had been drawn."""
    import duckdb

    path = tmp_path / "lines.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE sales AS SELECT DATE '2024-01-01' + INTERVAL (k % 60) DAY AS sold_on,"
        " ['east', 'west'][1 + k % 2] AS region, 10.0 + k % 7 AS revenue FROM range(600) t(k)"
    )
    con.close()
    for question in ("average daily revenue", "average monthly revenue by region"):
        engine.connect("l", str(path))
        with pytest.raises(AiserError) as caught:
            engine.ask(question, "l")
        assert caught.value.code == "AISER-PLAN-UNSURE"
    assert "each month's total revenue" in str(caught.value)
    plots_exactly(
        engine,
        path,
        "l",
        "daily revenue",
        "SELECT sold_on, SUM(revenue) FROM sales GROUP BY sold_on",
    )


def test_a_monthly_index_over_time_is_each_month(engine: Engine, series: Path) -> None:
    """ "housing index over time" of 240 monthly readings: each month's index, not the sum
    (nor the mean) of each year's twelve."""
    plots_exactly(
        engine,
        series,
        "p",
        "housing index over time",
        "SELECT date, value FROM prices WHERE category = 'Housing'",
    )


def test_women_and_men_of_a_female_flag(engine: Engine, gss: Path) -> None:
    """ "women" is ``female = 1`` and "men" its other side; "men vs women" a group each. The
    words had named nothing (refused), however plain the question."""
    plots_exactly(
        engine,
        gss,
        "s",
        "number of women by region",
        "SELECT region, COUNT(*) FROM happiness WHERE female = 1 GROUP BY region",
    )
    engine.connect("s", str(gss))
    men = engine.ask("average tv hours of men", "s")
    assert men.table.column(0).to_pylist() == [
        pytest.approx(float(one(gss, "SELECT AVG(tvhours) FROM happiness WHERE female = 0")))
    ]
    plots_exactly(
        engine,
        gss,
        "s",
        "average tv hours by region, men vs women",
        "SELECT region, AVG(tvhours), female FROM happiness GROUP BY region, female",
    )


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("How many people were surveyed?", "SELECT 1, COUNT(*) FROM happiness"),
        (
            "how many respondents were interviewed in each region",
            "SELECT region, COUNT(*) FROM happiness GROUP BY region",
        ),
    ],
)
def test_a_verb_of_the_data_holding_its_rows_is_no_condition(
    engine: Engine, gss: Path, question: str, sql: str
) -> None:
    """ "were surveyed" says only that the rows are in the data: every row counted (it had
    been read as a condition left out, and refused)."""
    engine.connect("s", str(gss))
    answer = engine.ask(question, "s")
    expected = dict(truth(gss, sql))
    got = plotted(answer) if answer.plan.chart.mark != "kpi" else {1: kpi(answer)}
    assert got == expected
