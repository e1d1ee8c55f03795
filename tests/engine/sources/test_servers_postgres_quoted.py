"""PostgreSQL with CamelCase quoted column names: the chart's rows are a hand-written query's.

PostgreSQL folds a bare name to lower case and matches a quoted one exactly, so a column
created as ``"HomeGoals"`` is only ever reached as ``"HomeGoals"``. A histogram of one such
column, a histogram of the sum of two (a binned expression), and an average of that sum by
a category must each read the same rows as SQL written by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from aiser_jupyter.engine.compile.bins import HISTOGRAM_BINS
from aiser_jupyter.engine.compile.query import nice_step

pytestmark = pytest.mark.postgres

#: a lower-case table name (reached bare) and a CamelCase one (reached only quoted)
TABLES = ["fixtures", "Fixtures"]
ROWS = [
    ("Arsenal", "Spurs", 3, 1),
    ("Arsenal", "Leeds", 2, 2),
    ("Spurs", "Leeds", 0, 5),
    ("Spurs", "Arsenal", 1, 0),
    ("Leeds", "Arsenal", 4, 4),
    ("Leeds", "Spurs", 6, 3),
    ("Arsenal", "Everton", 1, 1),
    ("Everton", "Leeds", 0, 0),
    ("Everton", "Spurs", 2, 7),
    ("Spurs", "Everton", 3, 0),
]


@pytest.fixture(params=TABLES)
def table(pg_server: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    """A table of football results whose columns are CamelCase, created quoted."""
    name = request.param
    with pg_server.admin() as con:
        con.execute(f'DROP TABLE IF EXISTS "{name}"')
        con.execute(
            f'CREATE TABLE "{name}" ("MatchId" integer PRIMARY KEY, "HomeTeam" text, '
            '"AwayTeam" text, "HomeGoals" integer, "AwayGoals" integer)'
        )
        for i, row in enumerate(ROWS, 1):
            con.execute(f'INSERT INTO "{name}" VALUES (%s, %s, %s, %s, %s)', (i, *row))
    try:
        yield name
    finally:
        with pg_server.admin() as con:
            con.execute(f'DROP TABLE IF EXISTS "{name}"')


def _hand(pg_server: Any, sql: str) -> list[tuple[Any, ...]]:
    with pg_server.admin() as con:
        rows = con.execute(sql).fetchall()
    return sorted(tuple(v if isinstance(v, str) else float(v) for v in row) for row in rows)


def _chart(pg_server: Any, engine: Any, question: str) -> list[tuple[Any, ...]]:
    answer = engine.ask(question, source=pg_server.url())
    assert answer.figure.data
    return sorted(
        tuple(v if isinstance(v, str) else float(v) for v in row)
        for row in answer.df.iloc[:, :2].itertuples(index=False)
    )


def _step(pg_server: Any, table: str, expr: str) -> float:
    """The width a histogram that names none gets: 1-2-5 steps over the column's range."""
    ((lo, hi),) = _hand(pg_server, f'SELECT min({expr}), max({expr}) FROM "{table}"')
    return nice_step(lo, hi, HISTOGRAM_BINS)


def test_histogram_of_a_sum_with_a_width(pg_server: Any, engine: Any, table: str) -> None:
    got = _chart(pg_server, engine, "histogram of HomeGoals plus AwayGoals, bin width 2")
    want = _hand(
        pg_server,
        f'SELECT floor(("HomeGoals" + "AwayGoals") / 2.0) * 2, count(*) FROM "{table}" GROUP BY 1',
    )
    assert got == want


def test_histogram_of_a_sum_without_a_width(pg_server: Any, engine: Any, table: str) -> None:
    step = _step(pg_server, table, '"HomeGoals" + "AwayGoals"')
    got = _chart(pg_server, engine, "histogram of HomeGoals plus AwayGoals")
    want = _hand(
        pg_server,
        f'SELECT floor(("HomeGoals" + "AwayGoals") / {step}) * {step}, count(*) '
        f'FROM "{table}" GROUP BY 1',
    )
    assert got == want


def test_histogram_of_one_camelcase_column(pg_server: Any, engine: Any, table: str) -> None:
    step = _step(pg_server, table, '"AwayGoals"')
    got = _chart(pg_server, engine, "histogram of AwayGoals")
    want = _hand(
        pg_server,
        f'SELECT floor("AwayGoals" / {step}) * {step}, count(*) FROM "{table}" GROUP BY 1',
    )
    assert got == want


def test_average_of_a_sum_by_a_category(pg_server: Any, engine: Any, table: str) -> None:
    got = _chart(pg_server, engine, "average HomeGoals plus AwayGoals by HomeTeam")
    want = _hand(
        pg_server,
        f'SELECT "HomeTeam", avg("HomeGoals" + "AwayGoals") FROM "{table}" GROUP BY 1',
    )
    assert [t for t, _ in got] == [t for t, _ in want]
    assert [v for _, v in got] == pytest.approx([v for _, v in want])
