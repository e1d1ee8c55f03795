"""Words read as what they are, not as a name they resemble (issue 12).

- "mothers" is no misspelt ``other`` (a 0/1 column of the same table): both are common
  English words, so the near-spelling match of the linker does not pair them; the count of
  all mothers is drawn, not the count of those whose ``other`` is yes.
- "took part" is no ``tookphys`` (took a physical): a light verb alone names no column whose
  name starts with it; the question is refused, not answered as the rows with tookphys = 1.
- "short-term resident departures" of ``resshort``: the second half of a hyphenated compound
  whose first half names the measure is part of that name, so the question is answered.
- "in June, July or August": the three months (the commas are no end of the list).
- "the average maximum temperature" of one row a day: the mean of each day's maximum.
- "number of days above 25°C" of a source with one number, one row a day: the days whose
  number is above 25, counted.
- "hour by hour" of timestamps: each hour in time (``yearmonthdatehours``), a line; "by
  hour of the day" folds the days together. "from 10 September 2017 to 11 September 2017"
  and "on 10 and 11 September 2017" keep both days.
- "pie of how the units of item 5 split across the days of the week", drawn as one number,
  answers no pie: refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly, refuses
from dbfiles import database_file

from aiser_jupyter.errors import AiserError

#: mothers: ages 21-35, whether a third child came, three 0/1 ethnicity columns
MOTHERS = [
    (
        21 + k % 15,
        "yes" if k % 3 == 0 else "no",
        "yes" if k % 7 == 0 else "no",
        "yes" if k % 5 == 0 else "no",
        "yes" if k % 11 == 0 else "no",
        (k * 7) % 53,
    )
    for k in range(600)
]


def _fill_mothers(con: Any) -> None:
    con.execute(
        "CREATE TABLE fertility (age INTEGER, morekids VARCHAR(3), afam VARCHAR(3),"
        " hispanic VARCHAR(3), other VARCHAR(3), work INTEGER)"
    )
    con.executemany("INSERT INTO fertility VALUES (?, ?, ?, ?, ?, ?)", MOTHERS)


def _fill_study(con: Any) -> None:
    con.execute(
        "CREATE TABLE study (zper INTEGER, year INTEGER, site INTEGER, tookphys INTEGER,"
        " meddol DOUBLE)"
    )
    rows = [
        (p, y, 1 + p % 6, (p + y) % 2, 100.0 + (p * y) % 400)
        for p in range(1, 201)
        for y in range(1, 4)
    ]
    con.executemany("INSERT INTO study VALUES (?, ?, ?, ?, ?)", rows)


def _fill_departures(con: Any) -> None:
    con.execute(
        "CREATE TABLE departures (time DATE, permanent DOUBLE, reslong DOUBLE, vislong DOUBLE,"
        " resshort DOUBLE, visshort DOUBLE)"
    )
    rows = [
        (f"{2008 + m // 12}-{m % 12 + 1:02d}-01", 5.0 + m % 4, 7.0 + m % 5, 8.0 + m % 3,
         300.0 + 10 * (m % 12) + m, 200.0 + 7 * (m % 12) + m)
        for m in range(60)
    ]  # fmt: skip
    con.executemany("INSERT INTO departures VALUES (?, ?, ?, ?, ?, ?)", rows)


def _fill_deliveries(con: Any) -> None:
    con.execute(
        "CREATE TABLE deliveries (order_id INTEGER, weekday VARCHAR(3), distance DOUBLE,"
        " item_01 INTEGER, item_05 INTEGER)"
    )
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rows = [(k, days[k % 7], 1.0 + k % 9, k % 3, (k * 5) % 4) for k in range(1, 400)]
    con.executemany("INSERT INTO deliveries VALUES (?, ?, ?, ?, ?)", rows)


@pytest.fixture(scope="module", params=["duckdb", "sqlite"])
def mothers(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file(request.param, tmp_path_factory.mktemp("mothers"), "m", _fill_mothers)


def test_mothers_are_no_misspelt_other(engine: Any, mothers: Path) -> None:
    engine.connect("m", str(mothers))
    assert kpi(engine.ask("How many mothers are in the data?", "m")) == len(MOTHERS)
    if mothers.suffix != ".duckdb":
        return
    plots_exactly(
        engine,
        mothers,
        "m",
        "the 3 most common ages among the mothers",
        "SELECT age, COUNT(*) AS n FROM fertility GROUP BY age ORDER BY n DESC, age LIMIT 3",
    )


def test_a_light_verb_names_no_column(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = database_file("duckdb", tmp_path_factory.mktemp("study"), "study", _fill_study)
    refuses(engine, path, "s", "How many people took part in the study?", "took")
    engine.connect("s", str(path))
    took = engine.ask("how many rows have tookphys = 1?", "s")
    assert kpi(took) == one(path, "SELECT COUNT(*) FROM study WHERE tookphys = 1")


def test_the_second_half_of_a_compound_name(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = database_file("duckdb", tmp_path_factory.mktemp("dep"), "dep", _fill_departures)
    plots_exactly(
        engine,
        path,
        "d",
        "yearly total of short-term visitor departures",
        "SELECT CAST(DATE_TRUNC('year', time) AS TIMESTAMP), SUM(visshort) FROM departures"
        " GROUP BY 1",
    )
    engine.connect("d", str(path))
    answer = engine.ask("total long-term resident departures in 2010", "d")
    assert kpi(answer) == one(path, "SELECT SUM(reslong) FROM departures WHERE YEAR(time) = 2010")


def test_a_pie_drawn_as_one_number_is_refused(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = database_file("duckdb", tmp_path_factory.mktemp("del"), "del", _fill_deliveries)
    refuses(
        engine,
        path,
        "f",
        "pie of how the units of item 5 sold split across the days of the week",
        "pie",
    )
    plots_exactly(
        engine,
        path,
        "f",
        "pie of the units of item 5 by weekday",
        "SELECT weekday, SUM(item_05) FROM deliveries GROUP BY weekday",
    )


def _fill_daily(con: Any) -> None:
    con.execute("CREATE TABLE meltemp (time DATE, value DOUBLE)")
    import datetime

    rows = []  # one row a day from 1981 to 1984: warm in January, cool in July
    start = datetime.date(1981, 1, 1)
    for d in range(4 * 365):
        day = start + datetime.timedelta(days=d)
        rows.append((day.isoformat(), 12.0 + 10 * abs(6.5 - day.month) / 5.5 + (d * 7) % 9))
    con.executemany("INSERT INTO meltemp VALUES (?, ?)", rows)


@pytest.fixture(scope="module")
def daily(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("daily"), "mel", _fill_daily)


def test_months_listed_with_commas(engine: Any, daily: Path) -> None:
    engine.connect("t", str(daily))
    answer = engine.ask("highest temperature recorded in June, July or August", "t")
    months = "SELECT MAX(value) FROM meltemp WHERE MONTH(time) IN (6, 7, 8)"
    assert one(daily, months) != one(daily, "SELECT MAX(value) FROM meltemp WHERE MONTH(time) = 6")
    assert kpi(answer) == pytest.approx(one(daily, months))


def test_the_average_of_each_days_maximum(engine: Any, daily: Path) -> None:
    """One row a day: "the average maximum temperature" is the mean of the days' numbers, each
    a day's maximum; "the maximum temperature" stays the highest of them."""
    engine.connect("t", str(daily))
    year = "WHERE YEAR(time) = 1983"
    answer = engine.ask("average maximum temperature in 1983", "t")
    assert kpi(answer) == pytest.approx(one(daily, f"SELECT AVG(value) FROM meltemp {year}"))
    answer = engine.ask("maximum temperature in 1983", "t")
    assert kpi(answer) == pytest.approx(one(daily, f"SELECT MAX(value) FROM meltemp {year}"))
    plots_exactly(
        engine,
        daily,
        "t",
        "trend of the average July maximum temperature from year to year",
        "SELECT CAST(DATE_TRUNC('year', time) AS TIMESTAMP), AVG(value) FROM meltemp"
        " WHERE MONTH(time) = 7 GROUP BY 1",
    )


def test_days_above_a_temperature_are_counted(engine: Any, daily: Path) -> None:
    plots_exactly(
        engine,
        daily,
        "t",
        "number of days above 25°C in each year",
        "SELECT CAST(DATE_TRUNC('year', time) AS TIMESTAMP), COUNT(*) FROM meltemp"
        " WHERE value > 25 GROUP BY 1",
    )


def _fill_races(con: Any) -> None:
    con.execute(
        "CREATE TABLE races (state VARCHAR(2), district INTEGER, expenda DOUBLE, expendb DOUBLE,"
        " plan INTEGER, visits DOUBLE)"
    )
    con.execute("CREATE TABLE laws (state VARCHAR(2), cspeed INTEGER, popul DOUBLE)")
    states = ["CA", "TX", "NY", "OH"]
    rows = [(states[k % 4], k, 100.0 + k * 3, 50.0 + k, 1 + k % 5, 1.0 + k % 6) for k in range(40)]
    con.executemany("INSERT INTO races VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.executemany(
        "INSERT INTO laws VALUES (?, ?, ?)",
        [(s, k % 2, 1000.0 * (k + 1)) for k, s in enumerate(states)],
    )


def test_a_name_is_not_spelled_by_a_word_it_is_not(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """``cspeed`` is c|speed: "campaign spending" does not spell it (its last letters would
    make "spe" the word "speed"); "averaging" is an average the plan must take."""
    path = database_file("duckdb", tmp_path_factory.mktemp("races"), "races", _fill_races)
    engine.connect("r", str(path))
    try:
        answer = engine.ask("total campaign spending by state", "r")
    except AiserError as refused:
        assert refused.code in ("AISER-PLAN-UNSURE", "AISER-PLAN-UNDERSTOOD")
    else:
        assert "cspeed" not in answer.plan.sql
    refuses(engine, path, "r", "Which plans had races averaging more than 3 visits?", "averaging")


def _fill_hourly(con: Any) -> None:
    con.execute("CREATE TABLE water (stamp TIMESTAMP, temp DOUBLE)")
    rows = [  # two readings an hour over 3 days of September 2017
        (f"2017-09-{9 + h // 24:02d} {h % 24:02d}:{m:02d}:00", 80.0 + (h * 7 + m) % 11 / 2)
        for h in range(72)
        for m in (0, 30)
    ]
    con.executemany("INSERT INTO water VALUES (?, ?)", rows)


@pytest.mark.parametrize("dialect", ["duckdb", "sqlite"])
def test_hour_by_hour_is_a_series_in_time(
    engine: Any, tmp_path_factory: pytest.TempPathFactory, dialect: str
) -> None:
    """ "hour by hour" draws each hour in time (two days: 48 points), never the hours of the
    day folded together (24); "by hour of the day" folds them."""
    path = database_file(dialect, tmp_path_factory.mktemp("hourly"), "water", _fill_hourly)
    engine.connect("w", str(path))
    series = engine.ask(
        "average temperature hour by hour from 10 September 2017 to 11 September 2017", "w"
    )
    assert series.table.num_rows == 48
    assert series.plan.chart.mark == "line"
    assert engine.ask("average temperature by hour of the day", "w").table.num_rows == 24
    both = engine.ask("average temperature hour by hour on 10 and 11 September 2017", "w")
    assert both.table.num_rows == 48  # both days, never the 11th alone
    if dialect != "duckdb":
        return
    plots_exactly(
        engine,
        path,
        "w",
        "average temperature hour by hour on 10 September 2017",
        "SELECT DATE_TRUNC('hour', stamp), AVG(temp) FROM water"
        " WHERE CAST(stamp AS DATE) = DATE '2017-09-10' GROUP BY 1",
    )


def test_days_of_one_month_said_as_a_range(engine: Any, daily: Path) -> None:
    """ "between 1 and 10 March 1983" keeps ten days; "on 10 and 15 March 1983", two days
    apart, is no range: refused, never drawn for the 15th alone."""
    engine.connect("t", str(daily))
    answer = engine.ask("average temperature between 1 and 10 March 1983", "t")
    days = "WHERE time BETWEEN DATE '1983-03-01' AND DATE '1983-03-10'"
    assert kpi(answer) == pytest.approx(one(daily, f"SELECT AVG(value) FROM meltemp {days}"))
    refuses(engine, daily, "t", "average temperature on 10 and 15 March 1983", "10")
