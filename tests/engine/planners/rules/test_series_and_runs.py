"""Words of daily series and of a log of runs (issue 12).

A table of daily death counts by cause (one row per day and cause, the month's name kept
beside the date), a register of patients with an outcome, and a runner's log whose pace is
kept twice, as text ('7:42:12') and as a number of minutes. All invented here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]


@pytest.fixture(scope="module")
def deaths(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("series") / "deaths.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE DailyDeaths (month VARCHAR, cause VARCHAR, day_of_month BIGINT,"
        " deaths BIGINT, date DATE)"
    )
    rows = []
    day = dt.date(1850, 1, 1)
    while day.year == 1850:
        k = day.timetuple().tm_yday
        for cause, scale in (("Fever", 7), ("Diarrhaea", 3)):
            rows.append([MONTHS[day.month - 1], cause, day.day, max(0, (k * scale) % 97 - 4), day])
        day += dt.timedelta(days=1)
    con.executemany("INSERT INTO DailyDeaths VALUES (?, ?, ?, ?, ?)", rows)
    con.close()
    return path


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("register") / "register.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE register (outcome VARCHAR, sex VARCHAR, age BIGINT)")
    con.executemany(
        "INSERT INTO register VALUES (?, ?, ?)",
        [["dead" if k % 3 == 0 else "live", "mf"[k % 2], 35 + k * 7 % 34] for k in range(300)],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("runs") / "runs.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE RunLog (Date DATE, Miles DOUBLE, Pace VARCHAR, Shoe VARCHAR, PaceMin DOUBLE)"
    )
    rows = []
    for k in range(400):
        pace = 7.0 + (k * 37 % 250) / 100
        text = f"{int(pace)}:{round(pace % 1 * 60):02d}:00"
        day = dt.date(2003, 1, 1) + dt.timedelta(days=k * 3)
        rows.append([day, float(3 + k * 7 % 20), text, ["Asics", "Mizuno", "Brooks"][k % 3], pace])
    con.executemany("INSERT INTO RunLog VALUES (?, ?, ?, ?, ?)", rows)
    con.close()
    return path


def test_a_value_spelled_one_letter_apart_is_that_value(engine: Engine, deaths: Path) -> None:
    plots_exactly(
        engine,
        deaths,
        "d",
        "the 3 months with the fewest diarrhoea deaths",
        "SELECT DATE_TRUNC('month', date), SUM(deaths) FROM DailyDeaths"
        " WHERE cause = 'Diarrhaea' GROUP BY 1 ORDER BY 2 LIMIT 3",
    )


def test_people_are_not_the_days_of_a_series(engine: Engine, deaths: Path) -> None:
    refuses(engine, deaths, "d", "how many people died of fever in 1850?", "people")


def test_the_day_of_the_month_is_never_summed(engine: Engine, deaths: Path) -> None:
    plots_exactly(
        engine,
        deaths,
        "d",
        "days with more than 90 fever deaths",
        "SELECT date, deaths FROM DailyDeaths WHERE cause = 'Fever' AND deaths > 90",
    )


def test_daily_runs_along_the_dates(engine: Engine, deaths: Path) -> None:
    plots_exactly(
        engine,
        deaths,
        "d",
        "daily fever deaths during August",
        "SELECT CAST(date AS TIMESTAMP), deaths FROM DailyDeaths"
        " WHERE cause = 'Fever' AND MONTH(date) = 8",
    )


def test_months_compare_their_totals(engine: Engine, deaths: Path) -> None:
    plots_exactly(
        engine,
        deaths,
        "d",
        "months with more than 1,550 fever deaths",
        "SELECT DATE_TRUNC('month', date), SUM(deaths) FROM DailyDeaths WHERE cause = 'Fever'"
        " GROUP BY 1 HAVING SUM(deaths) > 1550",
    )


def test_both_outcomes_asked_are_groups(engine: Engine, register: Path) -> None:
    plots_exactly(
        engine,
        register,
        "g",
        "how many patients died and how many survived",
        "SELECT outcome, COUNT(*) FROM register GROUP BY outcome",
    )
    plots_exactly(
        engine,
        register,
        "g",
        "average age of men and women, split by whether they lived or died",
        "SELECT sex, AVG(age), outcome FROM register GROUP BY sex, outcome",
    )


def test_a_pace_kept_as_text_is_averaged_as_its_number(engine: Engine, runs: Path) -> None:
    plots_exactly(
        engine, runs, "r", "avg pace by shoe", "SELECT Shoe, AVG(PaceMin) FROM RunLog GROUP BY 1"
    )
    engine.connect("r", str(runs))
    fastest = engine.ask("what's the fastest pace ever recorded, in minutes per mile?", "r")
    assert kpi(fastest) == one(runs, "SELECT MIN(PaceMin) FROM RunLog")


def test_mileage_and_half_unit_bins(engine: Engine, runs: Path) -> None:
    plots_exactly(
        engine,
        runs,
        "r",
        "monthly mileage in 2004",
        "SELECT DATE_TRUNC('month', Date), SUM(Miles) FROM RunLog WHERE YEAR(Date) = 2004"
        " GROUP BY 1",
    )
    plots_exactly(
        engine,
        runs,
        "r",
        "histogram of pace in half-minute bins",
        "SELECT FLOOR(PaceMin / 0.5) * 0.5, COUNT(*) FROM RunLog GROUP BY 1",
    )


def test_a_year_onwards(engine: Engine, runs: Path) -> None:
    plots_exactly(
        engine,
        runs,
        "r",
        "total miles per year, 2004 onwards",
        "SELECT DATE_TRUNC('year', Date), SUM(Miles) FROM RunLog WHERE YEAR(Date) >= 2004"
        " GROUP BY 1",
    )


def test_slowest_runs_take_the_most_minutes(engine: Engine, runs: Path) -> None:
    plots_exactly(
        engine,
        runs,
        "r",
        "the 3 slowest-paced runs of 2003: date and pace",
        "SELECT Date, PaceMin FROM RunLog WHERE YEAR(Date) = 2003 ORDER BY PaceMin DESC LIMIT 3",
    )


def test_a_rate_per_mile_is_no_grouping(engine: Engine, runs: Path) -> None:
    plots_exactly(
        engine,
        runs,
        "r",
        "how did my average pace per mile change from year to year?",
        "SELECT DATE_TRUNC('year', Date), AVG(PaceMin) FROM RunLog GROUP BY 1",
    )


def test_had_no_deaths_keeps_the_days_at_zero(engine: Engine, deaths: Path) -> None:
    engine.connect("d", str(deaths))
    answer = engine.ask("how many days had no fever deaths at all?", "d")
    assert "deaths = 0" in answer.plan.sql
    sql = "SELECT COUNT(*) FROM DailyDeaths WHERE cause = 'Fever' AND deaths = 0"
    assert kpi(answer) == one(deaths, sql)


def test_a_unit_between_the_number_and_its_bound(engine: Engine, runs: Path) -> None:
    engine.connect("r", str(runs))
    answer = engine.ask("how many runs of 15 miles or more are in the log?", "r")
    assert kpi(answer) == one(runs, "SELECT COUNT(*) FROM RunLog WHERE Miles >= 15")


def test_the_first_half_of_a_year(engine: Engine, deaths: Path) -> None:
    engine.connect("d", str(deaths))
    answer = engine.ask("fever deaths in the first half of 1850", "d")
    sql = "SELECT SUM(deaths) FROM DailyDeaths WHERE cause = 'Fever' AND date < DATE '1850-07-01'"
    assert kpi(answer) == one(deaths, sql)


def test_the_fewest_or_most_on_any_one_day(engine: Engine, deaths: Path) -> None:
    engine.connect("d", str(deaths))
    fewest = engine.ask("fewest fever deaths on any day in September", "d")
    sql = "SELECT MIN(deaths) FROM DailyDeaths WHERE cause = 'Fever' AND MONTH(date) = 9"
    assert kpi(fewest) == one(deaths, sql)
    most = engine.ask("most diarrhoea deaths on any day", "d")
    assert kpi(most) == one(deaths, "SELECT MAX(deaths) FROM DailyDeaths WHERE cause = 'Diarrhaea'")


def test_a_top_n_written_as_a_word(engine: Engine, deaths: Path) -> None:
    plots_exactly(
        engine,
        deaths,
        "d",
        "the three months with the most fever deaths",
        "SELECT DATE_TRUNC('month', date), SUM(deaths) FROM DailyDeaths WHERE cause = 'Fever'"
        " GROUP BY 1 ORDER BY 2 DESC LIMIT 3",
    )


def test_months_from_one_to_another(engine: Engine, deaths: Path) -> None:
    plots_exactly(
        engine,
        deaths,
        "d",
        "diarrhoea deaths in each month from June to September",
        "SELECT DATE_TRUNC('month', date), SUM(deaths) FROM DailyDeaths"
        " WHERE cause = 'Diarrhaea' AND MONTH(date) BETWEEN 6 AND 9 GROUP BY 1",
    )


def test_the_whole_year_and_the_days_counted(engine: Engine, deaths: Path, runs: Path) -> None:
    engine.connect("d", str(deaths))
    answer = engine.ask("daily fever deaths over the whole year", "d")
    assert "WHERE" in answer.plan.sql and "date >=" not in answer.plan.sql
    engine.connect("r", str(runs))
    days = engine.ask("on how many different days did he run in 2004?", "r")
    sql = "SELECT COUNT(DISTINCT Date) FROM RunLog WHERE YEAR(Date) = 2004"
    assert kpi(days) == one(runs, sql)


def test_a_longest_drawn_as_a_total_is_refused(engine: Engine, runs: Path) -> None:
    refuses(engine, runs, "r", "longest run each year (miles)", "longest")


def test_fewest_of_a_plan_that_ranks_nothing_is_refused(engine: Engine, deaths: Path) -> None:
    refuses(engine, deaths, "d", "fewest fever deaths in September", "fewest")
    refuses(engine, deaths, "d", "best month for diarrhoea deaths", "best")


def test_big_is_a_chart_word_before_number(engine: Engine, runs: Path) -> None:
    engine.connect("r", str(runs))
    answer = engine.ask("total miles as a big number", "r")
    assert kpi(answer) == one(runs, "SELECT SUM(Miles) FROM RunLog")
