"""Chart forms the question's words ask for (issue 12).

A city-day weather table with integer calendar columns: "by month of the year, one line per
city" is a line per city, not grouped bars; an average share by a category is two averages,
no parts of a whole, so "share" inside a gloss draws bars, while a pie asked for by name is
drawn; and "by hour of day" (without "the") is the hour of the day the plan groups by, not a
day left out. Numbers are checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, plots_exactly, truth

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.qualified_siblings import unsaid_qualifiers
from aiser_jupyter.errors import AiserError

CITIES = ["Lima", "Oslo", "Perth"]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("forms") / "forms.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Weather (city VARCHAR, year BIGINT, month BIGINT, day BIGINT, "
        "high_temp BIGINT, avg_temp BIGINT, low_temp BIGINT, high_wind BIGINT, avg_wind BIGINT, "
        "low_wind BIGINT)"
    )
    con.executemany(
        "INSERT INTO Weather VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                city,
                year,
                month,
                day,
                50 + 3 * i + month + day % 5,
                40 + 2 * i + month,
                30 + 2 * i + month,
                12 + i + day % 7,
                7 + i + day % 3,
                2 + day % 2,
            ]
            for i, city in enumerate(CITIES)
            for year in (2016, 2017)
            for month in range(1, 13)
            for day in range(1, 29)
        ],
    )
    con.execute("CREATE TABLE Schools (School BIGINT, Sector VARCHAR, PRACAD DOUBLE)")
    con.executemany(
        "INSERT INTO Schools VALUES (?, ?, ?)",
        [[1000 + 37 * n, ["Public", "Catholic"][n % 2], (n % 10) / 10] for n in range(60)],
    )
    con.execute("CREATE TABLE posts (posted_at TIMESTAMP, likes INTEGER)")
    con.executemany(
        "INSERT INTO posts VALUES (?, ?)",
        [[f"2016-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:15", n % 40] for n in range(500)],
    )
    con.close()
    return path


def test_one_line_per_series_along_a_calendar_part(engine: Engine, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "average daily high temperature by month of the year, one line per city",
        "SELECT month, AVG(high_temp), city FROM Weather GROUP BY month, city",
    )
    assert answer.plan.chart.mark == "line"


def test_an_average_share_is_no_pie(engine: Engine, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "avg PRACAD (share of students on the academic track) by sector",
        "SELECT Sector, AVG(PRACAD) FROM Schools GROUP BY Sector",
    )
    assert answer.plan.chart.mark == "bar"


def test_a_pie_asked_by_name_is_drawn(engine: Engine, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "pie chart of the average PRACAD by sector",
        "SELECT Sector, AVG(PRACAD) FROM Schools GROUP BY Sector",
    )
    assert answer.plan.chart.mark == "arc"


def test_hour_of_day_is_the_hour_grouped_by(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "posts in 2016 by hour of day",
        "SELECT HOUR(posted_at), COUNT(*) FROM posts GROUP BY 1",
    )


def test_average_daily_is_each_rows_number_not_an_axis(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average daily mean temperature by city",
        "SELECT city, AVG(avg_temp) FROM Weather GROUP BY city",
    )


def test_how_many_days_counts_the_days(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("In 2017, on how many days did Oslo's daily high exceed 70?", "d")
    assert (
        kpi(answer)
        == truth(
            data,
            "SELECT 1, COUNT(*) FROM Weather WHERE city = 'Oslo' AND year = 2017 AND high_temp > 70",
        )[1]
    )


def test_a_column_picked_by_an_unsaid_qualifier_is_refused(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    try:
        answer = engine.ask("which cities have an average daily wind speed above 8?", "d")
    except AiserError as refused:  # asking which wind is honest; the high wind is not
        assert refused.code == "AISER-PLAN-UNSURE"
        return
    assert "high_wind" not in answer.sql and "low_wind" not in answer.sql


def test_qualifier_siblings_need_their_qualifier_said(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    catalog = engine.catalog("d")
    weather = catalog.table("Weather")
    assert weather is not None
    high, avg = weather.column("high_wind"), weather.column("avg_wind")
    assert high is not None and avg is not None
    said = ["average", "daily", "wind", "speed"]
    assert [name for name, _ in unsaid_qualifiers(said, [high], catalog)] == ["high_wind"]
    assert unsaid_qualifiers(said, [avg], catalog) == []
    assert unsaid_qualifiers(["highest", "wind"], [high], catalog) == []
