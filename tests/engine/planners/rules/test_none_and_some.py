"""An amount said to be absent or present, as analysts ask it (issue 12): "days that had no
rain at all" keep the days whose rain is 0, "days with some rain" those above 0, and a plan
that keeps every day under "had no rain" is refused, never drawn.

A daily weather record and a list of visits to rain gauges (no amount of rain in it), invented
here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def weather(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("weather") / "weather.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE daily (day DATE, rain DOUBLE, snow DOUBLE, wind DOUBLE)")
    con.executemany(
        "INSERT INTO daily VALUES (DATE '2011-01-01' + INTERVAL (?) DAY, ?, ?, ?)",
        [
            [k, float(k * 7 % 5 == 0) * (k % 13), float(k % 11 == 0), 2.0 + k % 9]
            for k in range(730)
        ],
    )
    con.close()
    return path


def test_no_amount_at_all_is_zero(engine: Engine, weather: Path) -> None:
    engine.connect("w", str(weather))
    answer = engine.ask("How many days had no rain at all?", "w")
    assert kpi(answer) == one(weather, "SELECT COUNT(*) FROM daily WHERE rain = 0")


def test_some_amount_is_above_zero(engine: Engine, weather: Path) -> None:
    plots_exactly(
        engine,
        weather,
        "w",
        "number of days with some rain in each month of 2012",
        "SELECT DATE_TRUNC('month', day), COUNT(*) FROM daily"
        " WHERE rain > 0 AND YEAR(day) = 2012 GROUP BY 1",
    )
    answer = engine.ask("how many days had any snow", "w")
    assert kpi(answer) == one(weather, "SELECT COUNT(*) FROM daily WHERE snow > 0")


def test_no_more_than_is_a_bound_not_an_absence(engine: Engine, weather: Path) -> None:
    engine.connect("w", str(weather))
    answer = engine.ask("how many days had no more than 3 of wind", "w")
    assert kpi(answer) == one(weather, "SELECT COUNT(*) FROM daily WHERE wind <= 3")


def test_no_amount_the_data_lacks_is_refused(engine: Engine, tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "visits.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE rain_gauge_visits (day DATE, station VARCHAR)")
    con.executemany(
        "INSERT INTO rain_gauge_visits VALUES (DATE '2011-01-01' + INTERVAL (?) DAY, ?)",
        [[k, ["A", "B"][k % 2]] for k in range(100)],
    )
    con.close()
    # no amount of rain is stored: "had no rain" keeps nothing the data knows, so no chart
    refuses(engine, path, "v", "how many days had no rain", "no")
