"""A date kept as integer ``year``, ``month`` and ``day`` columns (issue 12): "daily returns
in 1990" runs along each date, on every dialect. It had run along the day of the month, the
1st of every month pooled into one point (31 points for a year of trading days)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from answers import plotted
from dbfiles import database_file

#: (year, month, day, ibm, crsp): 20 trading days a month, 1990–1991
_ROWS = [
    (1990 + k // 240, 1 + (k // 20) % 12, 1 + k % 20, round((k * 37 % 101 - 50) / 1000, 4), 0.001)
    for k in range(480)
]


def _fill(con: Any) -> None:
    con.execute(
        "CREATE TABLE returns (year INTEGER, month INTEGER, day INTEGER, ibm DOUBLE, crsp DOUBLE)"
    )
    con.executemany("INSERT INTO returns VALUES (?, ?, ?, ?, ?)", _ROWS)


@pytest.fixture(scope="module", params=["duckdb", "sqlite"])
def returns(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = database_file(request.param, tmp_path_factory.mktemp("parts"), "returns", _fill)
    return path


def _day(x: Any) -> dt.date:
    return x.date() if isinstance(x, dt.datetime) else dt.date.fromisoformat(str(x)[:10])


@pytest.mark.parametrize("question", ["daily IBM returns in 1990", "IBM returns by day in 1990"])
def test_daily_runs_along_each_date(engine: Any, returns: Path, question: str) -> None:
    engine.connect("r", str(returns))
    answer = engine.ask(question, source="r")
    got = {_day(x): y for x, y in plotted(answer).items()}
    want = {dt.date(y, m, d): v for y, m, d, v, _ in _ROWS if y == 1990}
    assert got == pytest.approx(want)
    assert answer.plan.chart.mark == "line"


def test_by_month_stays_the_month_of_the_year(engine: Any, returns: Path) -> None:
    """ "average IBM return by month of the year": the 12 months, pooled over the years."""
    engine.connect("r", str(returns))
    answer = engine.ask("average ibm by month of the year", source="r")
    sums: dict[int, list[float]] = defaultdict(list)
    for _, m, _, v, _ in _ROWS:
        sums[m].append(v)
    assert plotted(answer) == pytest.approx({m: sum(v) / len(v) for m, v in sums.items()})
