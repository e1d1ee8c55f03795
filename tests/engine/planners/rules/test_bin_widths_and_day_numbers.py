"""A stated bin width is the chart's exact width, in every way analysts say it and on every
dialect; a year said as an adjective ("the 2016 scores") keeps that year's rows; "per day"
on a table without dates runs along its integer day number ("day", "campaign_day")."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from answers import plotted
from dbfiles import database_file

from aiser_jupyter.errors import AiserError

#: (year, site, score) rows: scores 0.0 … 29.7 spread over three years and two sites
_ROWS = [
    (2014 + i % 3, ["north", "south"][i % 2], round((i * 37 % 100) * 0.297, 3)) for i in range(90)
]


def _fill(con: Any) -> None:
    con.execute("CREATE TABLE readings (year INTEGER, site VARCHAR(10), score DOUBLE)")
    con.executemany("INSERT INTO readings VALUES (?, ?, ?)", _ROWS)


def _bins(step: float, year: int | None = None) -> dict[float, int]:
    """Rows per bin of width ``step``, keyed by each bin's lower edge."""
    edges = Counter(
        math.floor(score / step) * step for y, _, score in _ROWS if year is None or y == year
    )
    return dict(edges)


@pytest.fixture(scope="module", params=["duckdb", "sqlite"])
def readings(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = database_file(request.param, tmp_path_factory.mktemp("bins"), "readings", _fill)
    return path


@pytest.mark.parametrize(
    ("question", "step"),
    [
        ("histogram of score, bin width 5", 5.0),
        ("histogram of the scores with a bin width of 2.5", 2.5),
        ("histogram of score with bucket size 10", 10.0),
        ("histogram of score in bins of width 0.5", 0.5),
        ("score histogram, binwidth 4", 4.0),
        ("histogram of score in bins of 3", 3.0),
    ],
)
def test_a_stated_bin_width_is_the_exact_width(
    engine: Any, readings: Path, question: str, step: float
) -> None:
    engine.connect("r", str(readings))
    answer = engine.ask(question, source="r")
    assert answer.compiled.fields["x"].bin_step == step
    assert plotted(answer) == pytest.approx(_bins(step))


def test_a_year_before_the_measure_keeps_that_years_rows(engine: Any, readings: Path) -> None:
    engine.connect("r", str(readings))
    answer = engine.ask("histogram of the 2015 scores with a bin width of 5", source="r")
    assert plotted(answer) == pytest.approx(_bins(5.0, 2015))
    assert sum(plotted(answer).values()) == 30  # a third of the rows, not all 90


def test_years_in_stated_bins_are_binned(engine: Any, readings: Path) -> None:
    """ "distribution of years in 2-year bins": a year column is the number binned."""
    engine.connect("r", str(readings))
    answer = engine.ask("distribution of years in 2-year bins", source="r")
    assert plotted(answer) == pytest.approx(dict(Counter(y // 2 * 2 for y, _, _ in _ROWS)))


def test_a_number_of_things_before_a_superlative_is_no_year(engine: Any, readings: Path) -> None:
    engine.connect("r", str(readings))
    with pytest.raises(AiserError):
        engine.ask("the 2015 largest scores", source="r")


@pytest.fixture(scope="module")
def visits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Days counted from 1 to 45 (past any day of a month), no date column."""
    import duckdb

    path = tmp_path_factory.mktemp("visits") / "visits.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE visits AS SELECT 1 + i % 45 AS day, ['web', 'store'][1 + i % 2] AS channel,
            2.5 * i AS spend
        FROM range(300) t(i)""")
    con.close()
    return path


@pytest.fixture(scope="module")
def hits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two day numbers (days since a campaign began, since a launch), no date column."""
    import duckdb

    path = tmp_path_factory.mktemp("hits") / "hits.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE hits AS SELECT 1 + i % 40 AS campaign_day, 35 + i % 50 AS launch_day,
            ['web', 'store'][1 + i % 2] AS channel
        FROM range(200) t(i)""")
    con.close()
    return path


def _per(path: Path, sql: str) -> dict[Any, Any]:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return dict(con.execute(sql).fetchall())
    finally:
        con.close()


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("number of visits per day", "SELECT day, COUNT(*) FROM visits GROUP BY 1"),
        ("total spend per day", "SELECT day, SUM(spend) FROM visits GROUP BY 1"),
    ],
)
def test_per_day_runs_along_a_day_number(
    engine: Any, visits: Path, question: str, sql: str
) -> None:
    engine.connect("v", str(visits))
    answer = engine.ask(question, source="v")
    assert plotted(answer) == pytest.approx(_per(visits, sql))


def test_day_of_the_event_picks_that_day_number(engine: Any, hits: Path) -> None:
    engine.connect("h", str(hits))
    answer = engine.ask("web hits per day of the campaign", source="h")
    sql = "SELECT campaign_day, COUNT(*) FROM hits WHERE channel = 'web' GROUP BY 1"
    assert plotted(answer) == pytest.approx(_per(hits, sql))


def test_per_day_between_two_day_numbers_refuses(engine: Any, hits: Path) -> None:
    engine.connect("h", str(hits))
    with pytest.raises(AiserError):
        engine.ask("number of hits per day", source="h")
