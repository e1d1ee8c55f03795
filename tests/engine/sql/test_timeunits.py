"""Time units and aggregates as SQL per dialect (sql/timeunits.py), run on the real databases.

Each unit's SQL is run over the same timestamps on DuckDB, SQLite, PostgreSQL and MariaDB
and compared with the calendar as Python computes it. (ClickHouse: sources/test_chdb_source.)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import duckdb
import pytest
from sqlglot import exp

from aiser_jupyter.engine.sql.timeunits import (
    EXTRACTED_UNITS,
    aggregate_sql,
    time_unit_sql,
)
from aiser_jupyter.errors import AiserError

STAMPS = [  # a leap day, year and quarter ends, a Sunday, a Monday, midnight and late evening
    dt.datetime(2024, 2, 29, 13, 45, 30),
    dt.datetime(2023, 12, 31, 23, 59, 59),
    dt.datetime(2024, 1, 1, 0, 0, 0),
    dt.datetime(2024, 3, 31, 8, 5, 0),
    dt.datetime(2024, 4, 1, 17, 30, 10),
    dt.datetime(2021, 1, 3, 6, 0, 0),  # ISO week 53 of 2020
]


def _monday(t: dt.datetime) -> dt.date:
    return t.date() - dt.timedelta(days=t.weekday())


#: unit → the value the calendar gives (dates as ISO text, parts as numbers)
EXPECTED: dict[str, Callable[[dt.datetime], object]] = {
    "year": lambda t: f"{t.year}-01-01",
    "yearquarter": lambda t: f"{t.year}-{3 * ((t.month - 1) // 3) + 1:02d}-01",
    "yearmonth": lambda t: f"{t.year}-{t.month:02d}-01",
    "yearweek": lambda t: _monday(t).isoformat(),
    "week": lambda t: _monday(t).isoformat(),
    "day": lambda t: t.date().isoformat(),
    "date": lambda t: t.date().isoformat(),
    "yearmonthdate": lambda t: t.date().isoformat(),
    "yearmonthdatehours": lambda t: t.strftime("%Y-%m-%d %H"),
    "minute": lambda t: t.strftime("%Y-%m-%d %H:%M"),
    "month": lambda t: t.month,
    "monthofyear": lambda t: t.month,
    "weekday": lambda t: t.isoweekday(),
    "quarter": lambda t: (t.month - 1) // 3 + 1,
    "dayofmonth": lambda t: t.day,
    "hour": lambda t: t.hour,
}


def _plain(value: Any, unit: str) -> object:
    """A database's answer in the form of :data:`EXPECTED` (dates as text, parts as ints)."""
    if unit in EXTRACTED_UNITS:
        return int(value)
    if isinstance(value, dt.datetime):
        text = value.isoformat(" ")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = value.decode() if isinstance(value, bytes) else str(value)
    return text[: {"minute": 16, "yearmonthdatehours": 13}.get(unit, 10)]


def _rows(literal: Callable[[dt.datetime], str]) -> str:
    return " UNION ALL ".join(f"SELECT {i} AS i, {literal(t)} AS ts" for i, t in enumerate(STAMPS))


Runner = Callable[[str], list[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def duck() -> Iterator[Runner]:
    con = duckdb.connect()
    yield lambda sql: con.sql(sql).fetchall()
    con.close()


@pytest.fixture(scope="module")
def lite() -> Iterator[Runner]:
    con = sqlite3.connect(":memory:")
    yield lambda sql: con.execute(sql).fetchall()
    con.close()


@pytest.fixture()
def pg(pg_server: Any) -> Iterator[Runner]:
    con = pg_server.admin()
    yield lambda sql: con.execute(sql).fetchall()
    con.close()


@pytest.fixture()
def maria(mariadb: Any) -> Iterator[Runner]:
    con = mariadb.admin()

    def run(sql: str) -> list[tuple[Any, ...]]:
        with con.cursor() as cur:
            cur.execute(sql)
            return list(cur.fetchall())

    yield run
    con.close()


DIALECTS = {  # dialect → (runner fixture, how a timestamp is written)
    "duckdb": ("duck", lambda t: f"TIMESTAMP '{t:%Y-%m-%d %H:%M:%S}'"),
    "sqlite": ("lite", lambda t: f"'{t:%Y-%m-%d %H:%M:%S}'"),  # SQLite keeps times as text
    "postgres": ("pg", lambda t: f"TIMESTAMP '{t:%Y-%m-%d %H:%M:%S}'"),
    "mysql": ("maria", lambda t: f"CAST('{t:%Y-%m-%d %H:%M:%S}' AS DATETIME)"),
}


#: the dialects a test runs on: the embedded two, and the throwaway servers
EVERY_DIALECT = [
    "duckdb",
    "sqlite",
    pytest.param("postgres", marks=pytest.mark.postgres),
    pytest.param("mysql", marks=pytest.mark.mysql),
]


@pytest.mark.parametrize("unit", sorted(EXPECTED))
@pytest.mark.parametrize("dialect", EVERY_DIALECT)
def test_each_unit_gives_the_calendars_answer(
    request: pytest.FixtureRequest, dialect: str, unit: str
) -> None:
    runner_name, literal = DIALECTS[dialect]
    run: Runner = request.getfixturevalue(runner_name)
    expr = time_unit_sql(unit, exp.column("ts"), dialect).sql(dialect)
    rows = run(f"SELECT i, {expr} FROM ({_rows(literal)}) AS t ORDER BY i")
    assert [_plain(v, unit) for _, v in rows] == [EXPECTED[unit](t) for t in STAMPS]


@pytest.mark.parametrize("unit", ["year", "yearmonth", "day", "month", "weekday", "quarter"])
@pytest.mark.parametrize("written", ["{t.year}-{t.month}-{t.day}", "{t.month}/{t.day}/{t.year}"])
def test_sqlite_dates_written_without_leading_zeros_are_read(
    lite: Runner, unit: str, written: str
) -> None:
    values = " UNION ALL ".join(
        f"SELECT {i} AS i, '{written.format(t=t)}' AS ts" for i, t in enumerate(STAMPS)
    )
    expr = time_unit_sql(unit, exp.column("ts"), "sqlite").sql("sqlite")
    rows = lite(f"SELECT i, {expr} FROM ({values}) AS t ORDER BY i")
    assert [_plain(v, unit) for _, v in rows] == [
        EXPECTED[unit](dt.datetime.combine(t.date(), dt.time())) for t in STAMPS
    ]


@pytest.mark.parametrize("year", ["2017", "'2017'", "' 2017 '", "2017.0"])
def test_a_sqlite_year_column_of_numbers_or_text_is_a_year(lite: Runner, year: str) -> None:
    expr = time_unit_sql("year", exp.column("y"), "sqlite").sql("sqlite")
    assert lite(f"SELECT {expr} FROM (SELECT {year} AS y)") == [("2017-01-01",)]


def test_another_dialect_gets_the_duckdb_spelling_transpiled() -> None:
    sql = time_unit_sql("yearmonth", exp.column("ts"), "snowflake").sql("snowflake")
    assert sql.upper().startswith("DATE_TRUNC('MONTH'")


def test_an_unknown_unit_is_a_plan_refusal() -> None:
    with pytest.raises(AiserError) as info:
        time_unit_sql("fortnight", exp.column("ts"), "duckdb")
    assert info.value.code == "AISER-PLAN-INVALID"


VALUES = (
    "SELECT 1 AS v UNION ALL SELECT 2 UNION ALL SELECT 2 UNION ALL SELECT 10 UNION ALL SELECT NULL"
)


@pytest.mark.parametrize(
    ("aggregate", "expected"),
    [
        ("count", 4),
        ("distinct", 3),
        ("sum", 15),
        ("mean", 3.75),
        ("min", 1),
        ("max", 10),
        ("median", 2),
    ],
)
@pytest.mark.parametrize(
    "dialect", ["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_aggregates_compute_what_they_say(
    request: pytest.FixtureRequest, dialect: str, aggregate: str, expected: float
) -> None:
    run: Runner = request.getfixturevalue(DIALECTS[dialect][0])
    expr = aggregate_sql(aggregate, exp.column("v"), dialect).sql(dialect)
    ((value,),) = run(f"SELECT {expr} FROM ({VALUES}) AS t")
    assert float(value) == expected


def test_no_column_counts_rows(duck: Runner) -> None:
    expr = aggregate_sql("sum", None, "duckdb").sql("duckdb")
    assert duck(f"SELECT {expr} FROM ({VALUES}) AS t") == [(5,)]


@pytest.mark.parametrize("dialect", ["sqlite", "mysql"])
def test_median_where_the_database_has_none_is_a_coded_refusal(dialect: str) -> None:
    with pytest.raises(AiserError) as info:
        aggregate_sql("median", exp.column("v"), dialect)
    assert info.value.code == "AISER-SQL-UNSUPPORTED"


def test_an_unknown_aggregate_is_a_plan_refusal() -> None:
    with pytest.raises(AiserError) as info:
        aggregate_sql("mode", exp.column("v"), "duckdb")
    assert info.value.code == "AISER-PLAN-INVALID"


@pytest.mark.parametrize("dialect", EVERY_DIALECT)
def test_a_date_made_of_integer_parts_is_the_calendars_day(
    request: pytest.FixtureRequest, dialect: str
) -> None:
    """``year``, ``month``, ``day`` integer columns made a date (planners/rules/part_dates):
    each dialect's own spelling, truncated to the day as a stored date is."""
    from aiser_jupyter.engine.planners.rules.part_dates import make_date

    run: Runner = request.getfixturevalue(DIALECTS[dialect][0])
    made = make_date(exp.column("y"), exp.column("m"), exp.column("d"), dialect)
    expr = time_unit_sql("day", made, dialect).sql(dialect)
    parts = [(2024, 2, 29), (1990, 1, 2), (2001, 12, 31)]
    rows = " UNION ALL ".join(
        f"SELECT {i} AS i, {y} AS y, {m} AS m, {d} AS d" for i, (y, m, d) in enumerate(parts)
    )
    got = run(f"SELECT i, {expr} FROM ({rows}) AS t ORDER BY i")
    assert [_plain(v, "day") for _, v in got] == [dt.date(*p).isoformat() for p in parts]
