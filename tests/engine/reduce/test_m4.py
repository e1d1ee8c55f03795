"""Long lines are reduced with M4 in SQL (reduce/m4.py): the first, last, lowest and highest
point of every pixel column, per colour, with x as the database stores it — decided inside
the one statement, so a filter that leaves few points plots them all."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import pytest
from recorded import statements

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan

ROWS = 100_000  #: rows of the ``big`` fixture (tests/engine/conftest.py)
LINE = {"mark": "line", "encoding": {"x": {"field": "ts"}, "y": {"field": "amount"}}}


def run(engine: Engine, chart: dict[str, object], sql: str = "SELECT * FROM sales") -> Any:
    return engine.run_plan(ChartPlan.model_validate({"sql": sql, "chart": chart}), "big")


def test_a_long_line_keeps_every_extreme_with_m4(big_engine: Engine, big: Path) -> None:
    answer = run(big_engine, LINE)
    assert answer.reduction is not None and answer.reduction.kind == "m4"
    assert answer.reduction.total == ROWS and answer.rows <= 2_500
    con = duckdb.connect(str(big), read_only=True)
    lo, hi, first, last = con.sql(
        "SELECT MIN(amount), MAX(amount), MIN(ts), MAX(ts) FROM sales"
    ).fetchall()[0]
    con.close()
    df = answer.df
    assert df["amount"].min() == lo and df["amount"].max() == hi
    assert df["ts"].min() == first and df["ts"].max() == last
    assert df["ts"].is_monotonic_increasing


def test_a_filtered_line_with_few_points_is_not_reduced(big_engine: Engine) -> None:
    answer = run(big_engine, LINE, "SELECT * FROM sales WHERE id < 300")
    assert answer.reduction is None
    assert answer.rows == 300


def test_a_filtered_line_is_plotted_whole_from_one_statement(big_engine: Engine, big: Path) -> None:
    sent = statements(big_engine, "big")
    sql = "SELECT * FROM sales WHERE id % 97 = 0 OR (id > 50000 AND id < 50040)"
    answer = run(big_engine, {**LINE, "encoding": {**LINE["encoding"], "y": {"field": "qty"}}}, sql)
    assert sent == [answer.compiled_sql]
    con = duckdb.connect(str(big), read_only=True)
    every = con.sql(f"SELECT ts, qty FROM ({sql}) ORDER BY ts, qty").fetchall()
    con.close()
    assert answer.reduction is None and len(every) <= 2_500
    assert list(zip(answer.df["ts"], answer.df["qty"], strict=True)) == every
    assert list(answer.df.columns) == ["ts", "qty"]


# --------------------------------------------------------------------------- SQLite and PostgreSQL
# --------------------------------------------------------------------------- M4 on SQLite and PostgreSQL
READINGS = 200_000


START = dt.datetime(2021, 3, 1)  # US clocks change on 2021-03-14, inside the data


#: planted spikes (row id → value): each is the only extreme of its pixel column
SPIKES = {
    1_234: 512.5,
    55_555: 498.25,
    123_456: 640.0,
    199_000: 505.0,
    77_777: -530.5,
    150_001: -480.0,
}


@functools.cache
def _readings() -> list[tuple[int, dt.datetime | None, float, float | None, str]]:
    """(id, ts, km, value, sensor): a reading every 15 s (and some µs); no ts or value on a few."""
    rows = []
    for i in range(READINGS):
        ts = START + dt.timedelta(seconds=15 * i, microseconds=i * 7919 % 1_000_000)
        value = SPIKES.get(i, round(10 * math.sin(i / 500) + i * 7919 % 1000 / 1000, 6))
        rows.append(
            (
                i,
                None if i % 1000 == 700 else ts,
                i / 8,
                None if i % 1000 == 500 else value,
                "abc"[i % 3],
            )
        )
    return rows


def _stored(source: str, x: str) -> list[tuple[str, Any, float]]:
    """(sensor, x, value) of every point with both coordinates, x as the database stores it."""
    out = []
    for _, ts, km, value, sensor in _readings():
        if value is None or (ts is None and x != "km"):
            continue
        xv: Any = km
        if ts is not None and x != "km":
            aware = ts.replace(tzinfo=dt.timezone.utc)
            if source == "sqlite":  # SQLite keeps times as text
                xv = ts.isoformat(" ") if x == "ts" else aware.isoformat(" ")
            else:
                xv = ts if x == "ts" else aware
        out.append((sensor, xv, value))
    return out


@pytest.fixture(scope="module")
def readings_sqlite(tmp_path_factory: pytest.TempPathFactory) -> str:
    import sqlite3

    path = tmp_path_factory.mktemp("readings") / "readings.sqlite"
    con = sqlite3.connect(path)
    con.execute(
        "CREATE TABLE readings (id INTEGER PRIMARY KEY, ts TIMESTAMP, tz TIMESTAMP, km REAL, "
        "value REAL, sensor TEXT)"
    )
    con.executemany(
        "INSERT INTO readings VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                i,
                ts and ts.isoformat(" "),
                ts and ts.replace(tzinfo=dt.timezone.utc).isoformat(" "),
                km,
                value,
                sensor,
            )
            for i, ts, km, value, sensor in _readings()
        ),
    )
    con.commit()
    con.close()
    return str(path)


@pytest.fixture(scope="module")
def readings_postgres(pg_server: Any) -> str:
    """The readings in their own database, whose sessions run in New York time."""
    import psycopg

    with psycopg.connect(
        host=str(pg_server.socket_dir),
        port=pg_server.port,
        user=pg_server.user,
        dbname="postgres",
        autocommit=True,
    ) as con:
        con.execute("DROP DATABASE IF EXISTS readings")
        con.execute("CREATE DATABASE readings")
        con.execute("ALTER DATABASE readings SET timezone TO 'America/New_York'")
    server = replace(pg_server, dbname="readings")
    with server.admin() as con:
        con.execute(
            "CREATE TABLE readings (id integer PRIMARY KEY, ts timestamp, tz timestamptz, "
            "km double precision, value double precision, sensor text)"
        )
        with con.cursor().copy("COPY readings FROM STDIN") as copy:
            for i, ts, km, value, sensor in _readings():
                copy.write_row(
                    (i, ts, ts and ts.replace(tzinfo=dt.timezone.utc), km, value, sensor)
                )
        con.execute("ANALYZE readings")
    return str(server.url())


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def readings(request: pytest.FixtureRequest) -> Iterator[tuple[Engine, str]]:
    """An engine on the readings, and which database holds them."""
    target = request.getfixturevalue(f"readings_{request.param}")
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    eng.connect("readings", target)
    yield eng, request.param
    eng.close()


def _chart(
    engine: Engine,
    x: str,
    *,
    color: bool = False,
    mark: str = "line",
    sql: str = "SELECT * FROM readings",
) -> Any:
    encoding: dict[str, object] = {"x": {"field": x}, "y": {"field": "value"}}
    if color:
        encoding["color"] = {"field": "sensor"}
    plan = ChartPlan.model_validate({"sql": sql, "chart": {"mark": mark, "encoding": encoding}})
    return engine.run_plan(plan, "readings")


def _plotted(answer: Any, x: str, color: bool = False) -> set[tuple[Any, ...]]:
    df = answer.df
    columns = [df[c].tolist() for c in [*(["sensor"] if color else []), x, "value"]]
    return {
        tuple(v.to_pydatetime() if hasattr(v, "to_pydatetime") else v for v in point)
        for point in zip(*columns, strict=True)
    }


@pytest.mark.parametrize("x", ["ts", "tz", "km"])
def test_a_long_line_on_sqlite_and_postgres_is_m4_with_every_spike(
    readings: tuple[Engine, str], x: str
) -> None:
    engine, source = readings
    answer = _chart(engine, x)
    stored = [(xv, value) for _, xv, value in _stored(source, x)]
    assert answer.reduction is not None and answer.reduction.kind == "m4"
    assert answer.reduction.total == len(stored)  # every point with both x and y, exactly
    assert answer.rows <= 2_500
    assert "random" not in answer.compiled_sql.lower()
    plotted = _plotted(answer, x)
    assert plotted <= set(stored)  # real rows: x as stored, not shifted by a time zone
    spikes = {(xv, value) for _, xv, value in _stored(source, x) if value in SPIKES.values()}
    assert len(spikes) == len(SPIKES) and spikes <= plotted
    assert stored[0] in plotted and stored[-1] in plotted  # the first and the last x
    ys = {y for _, y in plotted}
    assert min(y for _, y in stored) in ys and max(y for _, y in stored) in ys
    assert answer.df[x].is_monotonic_increasing


def test_a_line_per_colour_on_sqlite_and_postgres_keeps_each_colours_extremes(
    readings: tuple[Engine, str],
) -> None:
    engine, source = readings
    answer = _chart(engine, "ts", color=True)
    stored = _stored(source, "ts")
    assert answer.reduction is not None and answer.reduction.kind == "m4"
    assert answer.reduction.total == len(stored) and answer.rows <= 2_500
    plotted = _plotted(answer, "ts", color=True)
    assert plotted <= set(stored)
    assert {p for p in stored if p[2] in SPIKES.values()} <= plotted  # with their own colour
    for sensor in "abc":
        mine = [p for p in stored if p[0] == sensor]
        assert mine[0] in plotted and mine[-1] in plotted
        ys = {y for s, _, y in plotted if s == sensor}
        assert min(y for *_, y in mine) in ys and max(y for *_, y in mine) in ys
    df = answer.df
    assert all(group["ts"].is_monotonic_increasing for _, group in df.groupby("sensor"))


def test_a_scatter_on_sqlite_and_postgres_stays_a_sample(readings: tuple[Engine, str]) -> None:
    answer = _chart(readings[0], "km", mark="point")
    assert answer.reduction is not None and answer.reduction.kind == "sample"


def test_a_filtered_line_on_sqlite_and_postgres_with_few_points_is_plotted_whole(
    readings: tuple[Engine, str],
) -> None:
    answer = _chart(readings[0], "ts", sql="SELECT * FROM readings WHERE id < 300")
    assert answer.reduction is None and answer.rows == 300


def test_a_postgres_line_over_dates_plots_the_stored_dates(pg_server: Any) -> None:
    import psycopg

    eng = Engine(EngineConfig(planner="rules", use_cache=False, max_points=200))
    eng.connect("pg", pg_server.url())
    chart = {"mark": "line", "encoding": {"x": {"field": "order_date"}, "y": {"field": "total"}}}
    plan = ChartPlan.model_validate({"sql": "SELECT * FROM order_totals", "chart": chart})
    answer = eng.run_plan(plan, "pg")
    eng.close()
    with psycopg.connect(pg_server.url(driver="postgresql")) as con:
        rows = con.execute(
            "SELECT order_date, total FROM sales.order_totals "
            "WHERE order_date IS NOT NULL AND total IS NOT NULL"
        ).fetchall()
    stored = {(d, float(t)) for d, t in rows}
    assert answer.reduction is not None and answer.reduction.kind == "m4"
    assert answer.reduction.total == len(rows)
    plotted = set(zip(answer.df["order_date"].tolist(), answer.df["total"].tolist(), strict=True))
    assert plotted <= stored and all(type(d) is dt.date for d, _ in plotted)
