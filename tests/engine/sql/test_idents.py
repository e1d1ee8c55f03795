"""Names that need quoting — mixed case, reserved words, spaces, dashes — on every chart kind.

One table, ``"Sales"``, with the columns ORMs and spreadsheets make: ``"createdAt"``,
``"Revenue"``, ``"group"``, ``"Order Date"``, ``"unit-price"``; loaded into DuckDB, SQLite
and a real PostgreSQL (which folds a bare ``createdAt`` to ``createdat``). Each chart's
plotted values are checked against an independent query (or the rows themselves), with
the reductions (sample, M4, top-N + Other) switched on by a small point budget.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.sql.guard import guard_sql
from aiser_jupyter.engine.sql.idents import column, needs_quotes
from aiser_jupyter.errors import AiserError

N = 3_000
MAX_POINTS = 400
MAX_CATEGORIES = 6
START = dt.datetime(2024, 1, 1)
COLUMNS = '"createdAt" {ts}, "Revenue" {num}, "group" TEXT, "Order Date" DATE, "unit-price" {dbl}'
TYPES = {
    "duckdb": {"ts": "TIMESTAMP", "num": "DECIMAL(10, 2)", "dbl": "DOUBLE"},
    "sqlite": {"ts": "TIMESTAMP", "num": "NUMERIC", "dbl": "REAL"},
    "postgres": {"ts": "timestamp", "num": "numeric(10, 2)", "dbl": "double precision"},
}
BASE = 'SELECT * FROM "Sales"'


def _rows() -> list[tuple[Any, ...]]:
    return [
        (
            START + dt.timedelta(hours=4 * i),
            (i * 37) % 101,
            f"g{(i * 7) % 23:02d}",
            dt.date(2023, 1, 1) + dt.timedelta(days=i % 700),
            ((i * 11) % 17) * 1.25,
        )
        for i in range(N)
    ]


ROWS = _rows()


def _duckdb(folder: Path) -> str:
    import duckdb

    path = folder / "odd.duckdb"
    con = duckdb.connect(str(path))
    con.execute(f'CREATE TABLE "Sales" ({COLUMNS.format(**TYPES["duckdb"])})')
    con.executemany('INSERT INTO "Sales" VALUES (?, ?, ?, ?, ?)', ROWS)
    con.close()
    return str(path)


def _sqlite(folder: Path) -> str:
    path = folder / "odd.sqlite"
    con = sqlite3.connect(path)
    con.execute(f'CREATE TABLE "Sales" ({COLUMNS.format(**TYPES["sqlite"])})')
    con.executemany(
        'INSERT INTO "Sales" VALUES (?, ?, ?, ?, ?)',
        [(t.isoformat(" "), r, g, d.isoformat(), p) for t, r, g, d, p in ROWS],
    )
    con.commit()
    con.close()
    return str(path)


def _postgres(pg_server: Any) -> str:
    with pg_server.admin() as con:
        con.execute("DROP DATABASE IF EXISTS odd")
        con.execute("CREATE DATABASE odd")
    server = dataclasses.replace(pg_server, dbname="odd")
    with server.admin() as con:
        con.execute(f'CREATE TABLE "Sales" ({COLUMNS.format(**TYPES["postgres"])})')
        with con.cursor().copy('COPY "Sales" FROM STDIN') as copy:
            for row in ROWS:
                copy.write_row(row)
        con.execute("ANALYZE")
    return str(server.url())


@pytest.fixture(
    scope="module",
    params=["duckdb", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def odd(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    folder = tmp_path_factory.mktemp("odd")
    if request.param == "postgres":
        target = _postgres(request.getfixturevalue("pg_server"))
    else:
        target = _duckdb(folder) if request.param == "duckdb" else _sqlite(folder)
    config = EngineConfig(
        planner="rules",
        use_cache=False,
        max_points=MAX_POINTS,
        max_categories=MAX_CATEGORIES,
    )
    engine = Engine(config)
    engine.connect("odd", target)
    yield engine
    engine.close()


def _run(engine: Engine, chart: dict[str, Any]) -> Any:
    return engine.run_plan(ChartPlan.model_validate({"sql": BASE, "chart": chart}), "odd")


def _pairs(answer: Any, x: str = "x", y: str = "y") -> list[tuple[Any, Any]]:
    table = answer.table
    xs = table.column(answer.compiled.column(x)).to_pylist()
    ys = table.column(answer.compiled.column(y)).to_pylist()
    return list(zip(xs, ys, strict=True))


def _revenue_by_group(engine: Engine) -> dict[str, float]:
    """The independent query: plain SQL every database here reads the same way."""
    rows = engine.source("odd").run(
        'SELECT "group" AS g, SUM("Revenue") AS r FROM "Sales" GROUP BY "group"',
        engine.config.limits,
    )
    return {row["g"]: float(row["r"]) for row in rows.to_pylist()}


def _stamp(value: Any) -> dt.datetime:
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    return value.replace(tzinfo=None)


# ------------------------------------------------------------------------------ the helper
@pytest.mark.parametrize(
    ("name", "dialect", "sql"),
    [
        ("revenue", "postgres", "revenue"),
        ("Revenue", "postgres", '"Revenue"'),
        ("Revenue", "duckdb", "Revenue"),
        ("Revenue", "clickhouse", "Revenue"),
        ("group", "sqlite", '"group"'),
        ("user", "postgres", '"user"'),
        ("group", "mysql", "`group`"),
        ("Order Date", "duckdb", '"Order Date"'),
        ("unit-price", "clickhouse", '"unit-price"'),
        ("order_date", "sqlite", "order_date"),
    ],
)
def test_a_name_is_quoted_exactly_when_the_dialect_needs_it(
    name: str, dialect: str, sql: str
) -> None:
    assert column(name, dialect).sql(dialect) == sql
    assert needs_quotes(name, dialect) == (sql != name)


def test_postgres_guard_matches_table_names_as_the_server_reads_them() -> None:
    guard_sql('SELECT * FROM "Sales"', dialect="postgres", tables=["Sales"])
    with pytest.raises(AiserError) as info:  # a bare Sales is sales to PostgreSQL
        guard_sql("SELECT * FROM Sales", dialect="postgres", tables=["Sales"])
    assert info.value.code == "AISER-SQL-TABLE"
    assert "double quotes" in str(info.value)
    guard_sql("SELECT * FROM Sales", dialect="duckdb", tables=["Sales"])


# ------------------------------------------------------------------------------ charts
def test_rules_planner_answers_over_quoted_names(odd: Engine) -> None:
    answer = odd.ask("total Revenue by group", source="odd")
    got = {k: v for k, v in _pairs(answer) if not k.startswith("Other")}
    expected = _revenue_by_group(odd)
    assert len(got) == MAX_CATEGORIES
    assert got == {k: pytest.approx(expected[k]) for k in got}


def test_bar_sum_with_the_rest_as_other(odd: Engine) -> None:
    answer = _run(
        odd,
        {
            "mark": "bar",
            "encoding": {"x": {"field": "group"}, "y": {"field": "Revenue", "aggregate": "sum"}},
        },
    )
    expected = _revenue_by_group(odd)
    assert answer.reduction is not None and answer.reduction.kind == "other"
    got = _pairs(answer)
    top = sorted(expected.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CATEGORIES]
    assert got[:MAX_CATEGORIES] == [(k, pytest.approx(v)) for k, v in top]
    assert got[-1][0].startswith("Other")
    assert got[-1][1] == pytest.approx(sum(expected.values()) - sum(v for _, v in top))


def test_bar_limit_keeps_the_top_groups(odd: Engine) -> None:
    answer = _run(
        odd,
        {
            "mark": "bar",
            "limit": 3,
            "encoding": {
                "x": {"field": "group"},
                "y": {"field": "Revenue", "aggregate": "sum"},
                "color": {"field": "unit-price", "type": "nominal"},
            },
        },
    )
    expected = _revenue_by_group(odd)
    top = {k for k, _ in sorted(expected.items(), key=lambda kv: -kv[1])[:3]}
    pairs = _pairs(answer)
    assert {g for g, _ in pairs} == top
    totals: dict[str, float] = defaultdict(float)
    for g, r in pairs:
        totals[g] += r
    assert totals == {g: pytest.approx(expected[g]) for g in top}


@pytest.mark.parametrize(
    ("field", "measure"), [("createdAt", "Revenue"), ("Order Date", "unit-price")]
)
def test_line_by_month(odd: Engine, field: str, measure: str) -> None:
    answer = _run(
        odd,
        {
            "mark": "line",
            "encoding": {
                "x": {"field": field, "timeUnit": "yearmonth"},
                "y": {"field": measure, "aggregate": "sum"},
            },
        },
    )
    at, value = (0, 1) if field == "createdAt" else (3, 4)
    expected: dict[tuple[int, int], float] = defaultdict(float)
    for row in ROWS:
        expected[(row[at].year, row[at].month)] += row[value]
    got = {(_stamp(x).year, _stamp(x).month): y for x, y in _pairs(answer)}
    assert got == {k: pytest.approx(v) for k, v in expected.items()}


def test_histogram_bins(odd: Engine) -> None:
    answer = _run(odd, {"mark": "histogram", "encoding": {"x": {"field": "unit-price"}}})
    step = answer.compiled.fields["x"].bin_step
    assert step
    expected = Counter(float(int(row[4] // step) * step) for row in ROWS)
    assert {float(x): n for x, n in _pairs(answer)} == expected


def test_heatmap_counts(odd: Engine) -> None:
    answer = _run(
        odd,
        {"mark": "heatmap", "encoding": {"x": {"field": "group"}, "y": {"field": "unit-price"}}},
    )
    table = answer.table
    cols = [answer.compiled.column(c) for c in ("x", "y", "color")]
    got = {
        (g, float(p)): n
        for g, p, n in zip(*(table.column(c).to_pylist() for c in cols), strict=True)
    }
    assert got == Counter((row[2], row[4]) for row in ROWS)


def test_scatter_is_sampled_from_real_points(odd: Engine) -> None:
    answer = _run(
        odd,
        {"mark": "point", "encoding": {"x": {"field": "Revenue"}, "y": {"field": "unit-price"}}},
    )
    assert answer.reduction is not None and answer.reduction.kind == "sample"
    pairs = _pairs(answer)
    assert 0 < len(pairs) < N
    assert {(float(x), float(y)) for x, y in pairs} <= {(float(r[1]), r[4]) for r in ROWS}


def test_long_line_is_m4_of_real_points(odd: Engine) -> None:
    answer = _run(
        odd,
        {
            "mark": "line",
            "encoding": {
                "x": {"field": "createdAt"},
                "y": {"field": "Revenue"},
                "color": {"field": "group"},
            },
        },
    )
    assert answer.reduction is not None and answer.reduction.kind == "m4"
    table = answer.table
    cols = [answer.compiled.column(c) for c in ("x", "y", "color")]
    points = list(zip(*(table.column(c).to_pylist() for c in cols), strict=True))
    assert 0 < len(points) < N
    real = {(row[0], float(row[1]), row[2]) for row in ROWS}
    assert {(_stamp(x), float(y), g) for x, y, g in points} <= real
    for group in {row[2] for row in ROWS}:  # each colour keeps its lowest and highest value
        ys = [float(r[1]) for r in ROWS if r[2] == group]
        shown = [float(y) for _, y, g in points if g == group]
        assert min(shown) == min(ys) and max(shown) == max(ys)
