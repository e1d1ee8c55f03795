"""Daily tables, weekday labels, axes said in words, counted measurements, first years and
comparisons with no number (issue 12).

- A year range binds the measured table's own year, never a twin table's joined in for it.
- A text column of weekday names ('Mon' … 'Sun') is the weekday a "day of the week" runs
  along; ``day_of_week`` (1 … 7) is a weekday, not a day of the month.
- "average visits per day in 2009" of one row per date: one number; "visits per day" a line;
  "average visits per day, year by year" the yearly means; "from September 1 to October 31,
  2009" the days between, both kept.
- "on Christmas Day", "February 29", "Friday the 13th": those days of every year;
  "in the north years" the span of that table, no grouping by year.
- "A vs B, A on the x axis": A along x, whatever "vs" alone would say.
- "more than 30 record times" of a ``time`` of fractions counts rows; so does "share of the
  record times"; "share of greens" of a percent column is that column.
- "what year is the first marathon record from?": the minimum year, one number.
- "… above the national rate" (no number) and "… for [homeowners]" (nothing read) refuse.
- "respondents with a mortgage" keeps ``mortgage > 0``; "paid more than 40000 in taxes on
  average" compares each group's mean.
- "combined mpg" of ``comb_mpg``: an English word of a name may be its clipped start when
  the rest of the name is said beside it.
- "by drive type" of ``drive_sys`` codes beside ``drive_desc``: labelled by the description.
- "[SUVs]" of a class 'Small SUV 2WD', and "one point per [instructor]": refused when unread.
- "$50k bins" beside "below $500,000": the bin width and the rows kept; "single-credit
  courses": credits = 'single'.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def visits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("daily") / "visits.duckdb"
    con = duckdb.connect(str(path))
    for table, start, days, base in (
        ("VisitsNorth", "2005-01-01", 2922, 300),
        ("VisitsSouth", "2008-01-01", 2922, 500),
    ):
        con.execute(
            f"CREATE TABLE {table} AS SELECT d::DATE AS date,"
            f" {base} + (k * 37) % 211 + (CASE WHEN dayofweek(d) IN (0, 6) THEN -90 ELSE 0 END)"
            " AS visits, strftime(d, '%a') AS wday, year(d) AS year,"
            " dayofyear(d) AS day_of_year, dayofweek(d) + 1 AS day_of_week"
            f" FROM (SELECT DATE '{start}' + INTERVAL (k) DAY AS d, k FROM range({days}) t(k))"
        )
    con.close()
    return path


def test_a_year_range_keeps_the_measured_tables_own_year(engine: Engine, visits: Path) -> None:
    answer = plots_exactly(
        engine,
        visits,
        "v",
        "lowest daily visits of each year since 2012 (south)",
        "SELECT year, MIN(visits) FROM VisitsSouth WHERE year >= 2012 GROUP BY year",
    )
    assert "visitsnorth" not in answer.plan.sql.lower()


def test_stored_weekday_names_are_the_days_of_the_week(engine: Engine, visits: Path) -> None:
    plots_exactly(
        engine,
        visits,
        "v",
        "average visits for each day of the week (north)",
        "SELECT wday, AVG(visits) FROM VisitsNorth GROUP BY wday",
    )
    plots_exactly(
        engine,
        visits,
        "v",
        "average visits per day for each day of the week (north)",
        "SELECT wday, AVG(visits) FROM VisitsNorth GROUP BY wday",
    )


def test_an_average_per_day_of_daily_rows_is_one_number(engine: Engine, visits: Path) -> None:
    engine.connect("v", str(visits))
    answer = engine.ask("average visits per day in 2009 (north)", "v")
    assert kpi(answer) == pytest.approx(
        one(visits, "SELECT AVG(visits) FROM VisitsNorth WHERE year = 2009")
    )
    drawn = engine.ask("visits per day in 2009 (north)", "v")
    assert drawn.plan.chart.mark == "line" and drawn.table.num_rows == 365


def test_days_of_daily_rows_said_beside_a_year(engine: Engine, visits: Path) -> None:
    plots_exactly(
        engine,
        visits,
        "v",
        "trend in average visits per day, year by year (north)",
        "SELECT year, AVG(visits) FROM VisitsNorth GROUP BY year",
    )
    refuses(engine, visits, "v", "visits per day by year (north)", "day")


def test_the_single_day_of_an_extreme(engine: Engine, tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "calls.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE calls AS SELECT DATE '2015-01-01' + INTERVAL (k) DAY AS date,"
        " 80 + (k * 29) % 97 AS calls FROM range(1200) t(k)"
    )
    con.close()
    plots_exactly(
        engine,
        path,
        "c",
        "worst single day each year (max calls)",
        "SELECT CAST(DATE_TRUNC('year', date) AS TIMESTAMP), MAX(calls) FROM calls GROUP BY 1",
    )


def test_a_range_of_days_in_one_year(engine: Engine, visits: Path) -> None:
    engine.connect("v", str(visits))
    answer = engine.ask("total visits from September 1 to October 31, 2009 (north)", "v")
    assert kpi(answer) == one(
        visits,
        "SELECT SUM(visits) FROM VisitsNorth WHERE date BETWEEN '2009-09-01' AND '2009-10-31'",
    )


def test_days_of_the_year_said_without_a_year(engine: Engine, visits: Path) -> None:
    engine.connect("v", str(visits))
    north = "FROM VisitsNorth WHERE month(date) = 12 AND day(date) = 25"
    for question in (
        "average visits on Christmas Day (north)",
        "average visits on Christmas Day in the north years",
    ):
        assert kpi(engine.ask(question, "v")) == pytest.approx(
            one(visits, f"SELECT AVG(visits) {north}")
        )
    friday = engine.ask("average visits on Friday the 13th (north)", "v")
    assert kpi(friday) == pytest.approx(
        one(
            visits,
            "SELECT AVG(visits) FROM VisitsNorth WHERE day(date) = 13 AND dayofweek(date) = 5",
        )
    )
    plots_exactly(
        engine,
        visits,
        "v",
        "visits on February 29 by year (south)",
        "SELECT year, SUM(visits) FROM VisitsSouth WHERE month(date) = 2 AND day(date) = 29"
        " GROUP BY year",
    )
    refuses(engine, visits, "v", "visits near Christmas (north)", "christmas")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("records") / "records.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE progress AS SELECT 1900 + k AS year,"
        " ['Mile', 'Marathon', '10k', 'Relay'][1 + k % 4] AS event,"
        " 10.0 - k / 100.0 AS time, 1 + k % 3 AS lane FROM range(100) t(k)"
        " WHERE k % 4 <> 3 OR k < 40"
    )
    con.execute(
        "CREATE TABLE coaches AS SELECT k AS coach, 30 + (k * 7) % 35 AS age,"
        " (k * 13) % 17 / 4.0 - 2 AS looks, 2 + (k * 5) % 30 / 10.0 AS score FROM range(60) t(k)"
    )
    con.execute(
        "CREATE TABLE parties AS SELECT 'R' || k AS region, (k * 7) % 23 + 0.5 AS greens,"
        " (k * 5) % 31 + 0.25 AS reds FROM range(12) t(k)"
    )
    con.close()
    return path


def test_an_axis_said_in_words_is_kept(engine: Engine, records: Path) -> None:
    answer = plots_exactly(
        engine,
        records,
        "r",
        "age vs looks of each coach, age on the x axis",
        "SELECT age, looks FROM coaches",
    )
    assert answer.compiled.fields["x"].alias.lower() == "age"


def test_measurements_said_in_the_plural_are_counted(engine: Engine, records: Path) -> None:
    plots_exactly(
        engine,
        records,
        "r",
        "which events have more than 20 record times in the progress table?",
        "SELECT event, COUNT(*) FROM progress GROUP BY event HAVING COUNT(*) > 20",
    )
    plots_exactly(
        engine,
        records,
        "r",
        "share of the record times by event (pie)",
        "SELECT event, COUNT(*) FROM progress GROUP BY event",
    )
    plots_exactly(
        engine,
        records,
        "r",
        "top 3 regions by share of greens",
        "SELECT region, greens FROM parties ORDER BY greens DESC LIMIT 3",
    )


def test_the_first_year_of_something(engine: Engine, records: Path) -> None:
    engine.connect("r", str(records))
    answer = engine.ask("what year is the first marathon record from?", "r")
    assert kpi(answer) == one(records, "SELECT MIN(year) FROM progress WHERE event = 'Marathon'")
    plots_exactly(
        engine,
        records,
        "r",
        "latest year by event",
        "SELECT event, MAX(year) FROM progress GROUP BY event",
    )


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("survey") / "survey.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE finances AS SELECT k AS id,"
        " ['18-24', '25-34', '35-44', '45-54'][1 + k % 4] AS age_band,"
        " ['Own', 'Rent', 'Live with parents'][1 + k % 3] AS housing,"
        " 100000 + (k * 7919) % 400000 AS home_value,"
        " CASE WHEN k % 5 = 0 THEN NULL ELSE 1e-7 + (k * 3571) % 300000 END AS mortgage,"
        " 20000 + (k * 1237) % 30000 + 4000 * (k % 4) AS taxes FROM range(400) t(k)"
    )
    con.execute(
        "CREATE TABLE regional AS SELECT ['East', 'West', 'North'][1 + k % 3] AS region,"
        " 'c' || (k % 40) AS cause, 10.0 + (k * 17) % 90 AS rate FROM range(120) t(k)"
    )
    con.execute(
        "CREATE TABLE national AS SELECT 'c' || k AS cause, 50.0 AS rate FROM range(40) t(k)"
    )
    con.close()
    return path


def test_with_an_amount_keeps_the_rows_that_have_some(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "respondents with a mortgage, by age band",
        "SELECT age_band, COUNT(*) FROM finances WHERE mortgage > 0 GROUP BY age_band",
    )


def test_on_average_after_a_comparison_compares_means(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "which age bands paid more than 30000 in taxes on average?",
        "SELECT age_band, AVG(taxes) FROM finances GROUP BY age_band HAVING AVG(taxes) > 30000",
    )


def test_a_bound_beside_a_money_bin_width(engine: Engine, survey: Path) -> None:
    plots_exactly(  # "$50k bins" is the width, "below $400,000" the rows kept
        engine,
        survey,
        "s",
        "histogram of home value for values below $400,000, $50k bins",
        "SELECT FLOOR(home_value / 50000) * 50000, COUNT(*) FROM finances"
        " WHERE home_value < 400000 GROUP BY 1",
    )


def test_a_value_glued_to_its_column_name(engine: Engine, tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "courses.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Ratings AS SELECT ['single', 'more', 'more'][1 + k % 3] AS credits,"
        " 3 + (k * 7) % 20 / 10.0 AS score FROM range(60) t(k)"
    )
    con.close()
    engine.connect("c", str(path))
    answer = engine.ask("What's the average score for single-credit courses?", "c")
    assert kpi(answer) == pytest.approx(
        one(path, "SELECT AVG(score) FROM Ratings WHERE credits = 'single'")
    )


def test_what_no_number_or_word_explains_is_refused(engine: Engine, survey: Path) -> None:
    refuses(
        engine,
        survey,
        "s",
        "regions with more than 20 death rates above the national rate for the same cause",
        "above",
    )
    refuses(engine, survey, "s", "average home value by age band for homeowners", "homeowners")


@pytest.fixture(scope="module")
def vehicles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("vehicles") / "vehicles.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE fleet AS SELECT k AS unit_no, ['Acme', 'Borg', 'Cyd'][1 + k % 3] AS maker,"
        " ['A', 'F', 'R'][1 + k % 3 * (k % 2) % 3] AS drive_sys,"
        " ['All Wheel Drive', '2-Wheel Drive, Front', '2-Wheel Drive, Rear']"
        "[1 + k % 3 * (k % 2) % 3] AS drive_desc,"
        " ['Small SUV 2WD', 'Compact Cars', 'Standard SUV 4WD', 'Small Pick-up Trucks'][1 + k % 4]"
        " AS vclass, 15 + (k * 7) % 20 AS city_mpg, 20 + (k * 5) % 20 AS hwy_mpg,"
        " 17 + (k * 3) % 20 AS comb_mpg FROM range(90) t(k)"
    )
    con.close()
    return path


def test_a_name_clipped_to_a_word_of_its_own(engine: Engine, vehicles: Path) -> None:
    plots_exactly(
        engine,
        vehicles,
        "f",
        "average combined mpg by maker",
        "SELECT maker, AVG(comb_mpg) FROM fleet GROUP BY maker",
    )
    plots_exactly(  # "highway" says the hwy of hwy_mpg beside city_mpg and comb_mpg
        engine,
        vehicles,
        "f",
        "average highway mpg by maker",
        "SELECT maker, AVG(hwy_mpg) FROM fleet GROUP BY maker",
    )


def test_codes_are_labelled_by_their_description(engine: Engine, vehicles: Path) -> None:
    plots_exactly(
        engine,
        vehicles,
        "f",
        "number of vehicles by drive type",
        "SELECT drive_desc, COUNT(*) FROM fleet GROUP BY drive_desc",
    )


def test_an_acronym_inside_values_is_no_word_to_drop(engine: Engine, vehicles: Path) -> None:
    refuses(engine, vehicles, "f", "average combined mpg of SUVs by maker", "suvs")


def test_the_thing_each_point_stands_for_is_read(engine: Engine, records: Path) -> None:
    refuses(
        engine,
        records,
        "r",
        "age vs looks, one point per instructor, age on the x axis",
        "instructor",
    )
