"""Time and share words read as conditions and parts, not as axes or totals (issue 12).

- "on days when …", "on home game days": which days are kept — never one point per day;
- weekday names ("Monday to Friday") are explained only by a filter on the weekday, never by
  a chart that draws every weekday;
- "what percentage of inmates were women" asks for a part over a whole: a plan that draws the
  women's own total is refused, while a column that holds a share explains the word;
- a quarterly series "over time" is drawn by its own quarters: a stock summed over a year's
  quarters means nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("days") / "city.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE rides (date DATE, riders DOUBLE, temp_min DOUBLE, Home_Game INTEGER)")
    start = date(2009, 1, 1)
    con.executemany(
        "INSERT INTO rides VALUES (?, ?, ?, ?)",
        [
            [start + timedelta(days=k), 5 + (k * 7) % 13, -10.0 + (k * 11) % 45, int(k % 9 == 0)]
            for k in range(900)
        ],
    )
    con.execute("CREATE TABLE inmates (t DATE, region VARCHAR, sex VARCHAR, count INTEGER)")
    rows = []
    for year in range(2005, 2017):
        for q in (3, 6, 9, 12):
            for region in ("North", "South"):
                for sex in ("Female", "Male"):
                    n = 100 + (year * 7 + q * 3 + len(region)) % 50 + (900 if sex == "Male" else 0)
                    rows.append([date(year, q, 1), region, sex, n])
    con.executemany("INSERT INTO inmates VALUES (?, ?, ?, ?)", rows)
    con.close()
    return path


@pytest.fixture(scope="module")
def staff(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("shares") / "staff.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE staff (district VARCHAR, year INTEGER, share_female DOUBLE, pay DOUBLE)"
    )
    con.executemany(
        "INSERT INTO staff VALUES (?, ?, ?, ?)",
        [
            [r, y, 0.2 + ((y + len(r)) % 7) / 20, 30000.0 + y % 11 * 1000]
            for r in ("North", "South", "East")
            for y in range(2000, 2020)
        ],
    )
    con.close()
    return path


def test_days_kept_by_a_condition_are_no_axis(engine: Engine, data: Path) -> None:
    engine.connect("c", str(data))
    answer = engine.ask("average riders on days when the low temperature fell below 0", "c")
    assert kpi(answer) == pytest.approx(
        one(data, "SELECT AVG(riders) FROM rides WHERE temp_min < 0")
    )


def test_weekday_names_need_a_weekday_filter(engine: Engine, data: Path) -> None:
    refuses(engine, data, "c", "lowest riders on a weekday (Monday to Friday) in 2010", "monday")


def test_a_share_word_is_not_the_parts_total(engine: Engine, data: Path) -> None:
    refuses(
        engine, data, "c", "What percentage of inmates were women in December 2016?", "percentage"
    )


def test_a_column_holding_a_share_explains_the_word(engine: Engine, staff: Path) -> None:
    plots_exactly(
        engine,
        staff,
        "c",
        "average share of female staff by district",
        "SELECT district, AVG(share_female) FROM staff GROUP BY district",
    )


def test_a_quarterly_series_over_time_keeps_its_quarters(engine: Engine, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "c",
        "female inmates in the North over time",
        "SELECT t, SUM(count) FROM inmates WHERE sex = 'Female' AND region = 'North' GROUP BY t",
    )
    assert answer.plan.chart.mark == "line"


def test_the_parts_of_a_whole_are_a_share(engine: Engine, staff: Path) -> None:
    """ "share of pay by district": each district's part of one total, as a pie or as bars;
    a total over time is no share ("share of pay per year" is refused)."""
    plots_exactly(
        engine,
        staff,
        "t",
        "share of pay by district",
        "SELECT district, SUM(pay) FROM staff GROUP BY district",
    )
    refuses(engine, staff, "t", "share of pay per year", "share")


def test_a_quarterly_series_by_quarter_keeps_its_own_dates(engine: Engine, data: Path) -> None:
    """Stored at the quarter's last month (2005-03-01 …): "quarter by quarter" draws those
    dates, never the quarter's first day (2005-01-01), which the data does not hold."""
    answer = plots_exactly(
        engine,
        data,
        "c",
        "female inmates in the North in 2010, quarter by quarter",
        "SELECT t, SUM(count) FROM inmates WHERE sex = 'Female' AND region = 'North' "
        "AND t >= DATE '2010-01-01' AND t < DATE '2011-01-01' GROUP BY t",
    )
    assert answer.plan.chart.mark == "line"


def test_an_average_reaches_past_a_month_to_its_number(engine: Engine, data: Path) -> None:
    """ "average July riders in each year": the month between the aggregate word and its
    number is a range read apart; the average is still the number's."""
    plots_exactly(
        engine,
        data,
        "c",
        "average July riders in each year",
        "SELECT CAST(DATE_TRUNC('year', date) AS TIMESTAMP), AVG(riders) FROM rides "
        "WHERE MONTH(date) = 7 GROUP BY 1",
    )
