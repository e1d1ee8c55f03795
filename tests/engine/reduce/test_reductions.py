"""Big charts are reduced in SQL, say so, and stay small (issue 8)."""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan

ROWS = 100_000


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.duckdb"
    con = duckdb.connect(str(path))
    con.execute(f"""
        CREATE TABLE sales AS
        SELECT i AS id,
               TIMESTAMP '2020-01-01' + INTERVAL (i) MINUTE AS ts,
               'cat_' || (i % 12) AS category,
               'product_' || (i % 900) AS product,
               ((hash(i * 7) % 100000) / 100.0)::DOUBLE AS amount,
               ((hash(i * 13) % 100000) / 100.0)::DOUBLE AS qty
        FROM range({ROWS}) t(i)""")
    con.close()
    return path


def _engine(big: Path, **config: object) -> Iterator[Engine]:
    eng = Engine(EngineConfig(planner="rules", use_cache=False, **config))  # type: ignore[arg-type]
    eng.connect("big", str(big))
    yield eng
    eng.close()


@pytest.fixture()
def engine(big: Path) -> Iterator[Engine]:
    yield from _engine(big)


def run(engine: Engine, chart: dict[str, object], sql: str = "SELECT * FROM sales"):  # type: ignore[no-untyped-def]
    return engine.run_plan(ChartPlan.model_validate({"sql": sql, "chart": chart}), "big")


SCATTER = {"mark": "point", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}}
LINE = {"mark": "line", "encoding": {"x": {"field": "ts"}, "y": {"field": "amount"}}}


def test_a_big_scatter_is_sampled_in_sql_and_says_so(engine: Engine) -> None:
    answer = run(engine, SCATTER)
    assert answer.reduction is not None
    assert (answer.reduction.kind, answer.reduction.total, answer.rows) == ("sample", ROWS, 2_500)
    assert "USING SAMPLE" in answer.compiled_sql
    assert "sampled 2,500 of 100,000 points" in " ".join(answer.notices)
    notes = [a.text for a in answer.figure.layout.annotations]
    assert "sampled 2,500 of 100,000 points" in notes
    assert set(answer.df.columns) == {"amount", "qty"}


def test_a_long_line_keeps_every_extreme_with_m4(engine: Engine, big: Path) -> None:
    answer = run(engine, LINE)
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


def test_a_filtered_line_with_few_points_is_not_reduced(engine: Engine) -> None:
    answer = run(engine, LINE, "SELECT * FROM sales WHERE id < 300")
    assert answer.reduction is None
    assert answer.rows == 300


def test_many_bars_become_top_n_plus_other_with_the_exact_rest(engine: Engine, big: Path) -> None:
    chart = {
        "mark": "bar",
        "encoding": {"x": {"field": "product"}, "y": {"field": "amount", "aggregate": "sum"}},
    }
    answer = run(engine, chart)
    assert answer.reduction is not None and answer.reduction.kind == "other"
    assert answer.reduction.total == 900 and answer.rows == 51
    labels = answer.df["product"].tolist()
    assert labels[-1] == "Other (850 more)"
    con = duckdb.connect(str(big), read_only=True)
    total = con.sql("SELECT SUM(amount) FROM sales").fetchall()[0][0]
    top = con.sql(
        "SELECT product, SUM(amount) s FROM sales GROUP BY 1 ORDER BY s DESC LIMIT 50"
    ).fetchall()
    con.close()
    assert answer.df["amount"].sum() == pytest.approx(total)
    assert labels[:50] == [p for p, _ in top]


def test_a_histogram_takes_its_bounds_from_column_statistics(engine: Engine) -> None:
    answer = run(engine, {"mark": "histogram", "encoding": {"x": {"field": "amount"}}})
    assert answer.compiled.bounds_sql is None  # no min/max scan before the real query
    assert int(answer.df["count"].sum()) == ROWS
    assert answer.rows <= 21


def test_a_heatmap_over_numbers_is_binned_in_two_dimensions(engine: Engine) -> None:
    answer = run(
        engine, {"mark": "heatmap", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}}
    )
    assert 100 < answer.rows <= 41 * 31
    assert int(answer.df["count"].sum()) == ROWS


def test_small_tables_are_not_reduced(engine: Engine) -> None:
    answer = run(engine, SCATTER, "SELECT * FROM sales WHERE id < 1000")
    assert answer.reduction is None and answer.rows == 1000


@pytest.mark.parametrize(
    "chart",
    [
        SCATTER,
        LINE,
        {
            "mark": "point",
            "encoding": {
                "x": {"field": "amount"},
                "y": {"field": "qty"},
                "color": {"field": "category"},
            },
        },
    ],
)
def test_figures_stay_under_64_kb_with_binary_arrays(
    engine: Engine, chart: dict[str, object]
) -> None:
    data = json.loads(run(engine, chart).figure.to_json())
    assert len(json.dumps(data)) <= 65_536
    assert all(isinstance(trace["x"], dict) and "bdata" in trace["x"] for trace in data["data"])
    assert "template" in data["layout"] and len(json.dumps(data["layout"]["template"])) < 1_000


def test_the_byte_cap_thins_the_figure_and_says_so(big: Path) -> None:
    for eng in _engine(big, max_figure_bytes=16_384, max_points=4_000):
        answer = run(eng, SCATTER)
        size = len(answer.figure.to_json())
        assert size <= 16_384
        assert any("16,384-byte cap" in n for n in answer.notices)


def test_reduction_can_be_switched_off(big: Path) -> None:
    for eng in _engine(big, reduce=False, max_figure_bytes=1_048_576):
        answer = run(eng, SCATTER)
        assert answer.reduction is None and answer.rows == 5_000
        assert any("first 5,000 rows" in n for n in answer.notices)


def test_a_sql_chart_by_path_reuses_its_source_and_skips_profiling(big: Path) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    sql = "SELECT category, SUM(amount) AS amount FROM sales GROUP BY category"
    first = eng.ask(sql, str(big))
    second = eng.ask(sql.replace("SUM", "AVG"), str(big))
    assert first.source == second.source
    assert len(first.df) == 12 and len(second.df) == 12
    # charting a SELECT needs the schema only: no profiling queries on the first chart
    assert eng._catalogs == {}
    eng.close()


def test_profiling_keeps_frequent_values_for_the_planner(big: Path) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    eng.connect("big", str(big))
    table = eng.catalog("big").table("sales")
    assert table is not None and table.row_count == ROWS
    category = table.column("category")
    assert category is not None and category.distinct == 12
    assert sorted(category.samples) == sorted(f"cat_{i}" for i in range(12))
    eng.close()


@pytest.fixture(scope="module")
def big_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import sqlite3

    path = tmp_path_factory.mktemp("lite") / "big.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE sales (id INTEGER PRIMARY KEY, amount REAL, qty REAL, product TEXT)")
    con.executemany(
        "INSERT INTO sales VALUES (?, ?, ?, ?)",
        ((i, (i * 7919) % 1000 / 10, (i * 104729) % 997 / 10, f"p{i % 90}") for i in range(20_000)),
    )
    con.commit()
    con.close()
    return path


def test_sqlite_scatter_is_a_rowid_sample_that_says_so(big_sqlite: Path) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False, max_points=500))
    eng.connect("lite", str(big_sqlite))
    chart = {"mark": "point", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}}
    answer = eng.run_plan(
        ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart}), "lite"
    )
    assert "rowid" in answer.compiled_sql and "random" not in answer.compiled_sql.lower()
    assert answer.reduction is not None and answer.reduction.total == 20_000
    assert 0 < len(answer.df) <= 500
    assert "sampled" in " ".join(answer.notices)
    eng.close()


def test_sqlite_bars_keep_the_top_categories_and_other(big_sqlite: Path) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False, max_categories=10))
    eng.connect("lite", str(big_sqlite))
    chart = {
        "mark": "bar",
        "encoding": {"x": {"field": "product"}, "y": {"field": "amount", "aggregate": "sum"}},
    }
    answer = eng.run_plan(
        ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart}), "lite"
    )
    assert answer.reduction is not None and answer.reduction.kind == "other"
    assert len(answer.df) == 11
    total = sum(
        a for (a,) in __import__("sqlite3").connect(big_sqlite).execute("SELECT amount FROM sales")
    )
    assert answer.df.iloc[:, 1].sum() == pytest.approx(total)  # Other holds the rest exactly
    eng.close()


def test_postgres_scatter_samples_pages_not_a_sort(pg_server: Any) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False, max_points=200))
    eng.connect("pg", pg_server.url())
    table = next(t for t in eng.catalog("pg").tables if t.name.endswith("order_lines"))
    assert table.row_count is not None and table.row_count > 1_000
    chart = {"mark": "point", "encoding": {"x": {"field": "revenue"}, "y": {"field": "quantity"}}}
    plan = ChartPlan.model_validate({"sql": f"SELECT * FROM {table.name}", "chart": chart})
    answer = eng.run_plan(plan, "pg")
    assert "TABLESAMPLE BERNOULLI" in answer.compiled_sql and "REPEATABLE" in answer.compiled_sql
    assert "random" not in answer.compiled_sql.lower()
    assert answer.reduction is not None and answer.reduction.total == table.row_count
    assert 0 < len(answer.df) <= 400
    eng.close()


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
