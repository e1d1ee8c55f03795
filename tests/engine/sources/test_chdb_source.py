"""ClickHouse as a source, against a real engine: chDB (ClickHouse embedded in-process).

The fixture copies the demo's retail tables into a ``.chdb`` data folder (through
Parquet, with a writable chDB connection that is closed before the source opens),
then everything runs through :class:`ChdbSource`: catalog, the rules planner end to
end, time units, and the read-only boundary with the guard bypassed (the guard's
ClickHouse refusals are in tests/engine/sql/test_guard.py). Without chDB (``pip install 'aiser-jupyter[clickhouse]'``)
the tests skip (and fail in CI, which installs it).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from needs import unavailable

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import open_source
from aiser_jupyter.errors import AiserError

try:
    import chdb
except ImportError:
    unavailable("chDB is not installed (pip install 'aiser-jupyter[clickhouse]')")

TABLES = {  # demo table -> ClickHouse columns (the demo's types) and sort key
    "regions": ("region_id Int32, name String", "region_id"),
    "categories": ("category_id Int32, name String", "category_id"),
    "products": (
        "product_id Int32, name String, category_id Int32, list_price Decimal(10, 2)",
        "product_id",
    ),
    "customers": (
        "customer_id Int32, name String, segment String, region_id Int32, signup_date Date",
        "customer_id",
    ),
    "orders": (
        "order_id Int32, customer_id Int32, order_date Date, channel String, status String",
        "order_id",
    ),
    "order_lines": (
        "line_id Int32, order_id Int32, product_id Int32, quantity Int32, "
        "unit_price Decimal(10, 2), discount Float64, revenue Decimal(12, 2)",
        "line_id",
    ),
}


@pytest.fixture(scope="module")
def ch_dir(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    root = tmp_path_factory.mktemp("chdb")
    folder = root / "shop.chdb"
    folder.mkdir()
    duck = duckdb.connect(str(demo_path), read_only=True)
    writer = chdb.connect(str(folder))
    try:
        for name, (columns, key) in TABLES.items():
            parquet = root / f"{name}.parquet"
            duck.execute(f"COPY {name} TO '{parquet}' (FORMAT parquet)")
            writer.query(f"CREATE TABLE {name} ({columns}) ENGINE = MergeTree ORDER BY {key}")
            writer.query(f"INSERT INTO {name} SELECT * FROM file('{parquet}', Parquet)")
    finally:
        writer.close()
        duck.close()
    return folder


@pytest.fixture(scope="module")
def ch(ch_dir: Path) -> Iterator[Any]:
    source = open_source("shop", f"chdb://{ch_dir}")
    yield source
    source.close()


@pytest.fixture()
def engines(ch_dir: Path, demo_path: Path) -> Iterator[tuple[Any, Any]]:
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine

    config = EngineConfig(planner="rules", use_cache=False)
    ch_engine, duck_engine = Engine(config), Engine(config)
    ch_engine.connect("shop", f"chdb://{ch_dir}")
    duck_engine.connect("shop", str(demo_path))
    yield ch_engine, duck_engine
    ch_engine.close()
    duck_engine.close()


def _count(source: Any, table: str) -> int:
    return int(source.run(f"SELECT count() AS n FROM {table}", Limits()).to_pylist()[0]["n"])


# ------------------------------------------------------------------------------ opening
def test_a_chdb_url_and_a_dot_chdb_folder_open_the_same_source(ch_dir: Path) -> None:
    by_folder = open_source("byfolder", str(ch_dir))
    try:
        assert by_folder.dialect == "clickhouse"
        assert _count(by_folder, "regions") == 5
    finally:
        by_folder.close()


@pytest.mark.parametrize(
    ("target", "code"),
    [
        ("chdb:///no/such/folder", "AISER-SRC-FILE"),
        ("chdb:///tmp?user_scripts_path=/tmp", "AISER-SRC-PARAM"),
        ("chdb:///tmp?udf_path=/tmp", "AISER-SRC-PARAM"),
        ("chdb://", "AISER-SRC-FILE"),
    ],
)
def test_bad_chdb_targets_are_refused_with_a_code(target: str, code: str) -> None:
    with pytest.raises(AiserError) as info:
        open_source("bad", target)
    assert info.value.code == code


# ------------------------------------------------------------------------------ catalog
def test_catalog_lists_tables_columns_and_types(ch: Any) -> None:
    from aiser_jupyter.engine.catalog.build import build_catalog

    catalog = build_catalog(ch)
    assert catalog.table_names() == set(TABLES)
    lines = catalog.table("order_lines")
    assert lines is not None
    assert [c.name for c in lines.columns] == [
        "line_id",
        "order_id",
        "product_id",
        "quantity",
        "unit_price",
        "discount",
        "revenue",
    ]
    assert lines.column("revenue").type == "DECIMAL(12, 2)"  # type: ignore[union-attr]
    assert lines.column("revenue").semantic == "quantitative"  # type: ignore[union-attr]
    assert lines.primary_key == ["line_id"]
    orders = catalog.table("orders")
    assert orders is not None
    assert orders.column("order_date").semantic == "temporal"  # type: ignore[union-attr]
    assert orders.row_count == 60_000
    # no declared keys in ClickHouse: the joins the planner needs are inferred from names
    pairs = {(j.table, j.column, j.ref_table) for j in catalog.joins}
    assert ("order_lines", "order_id", "orders") in pairs
    assert ("customers", "region_id", "regions") in pairs


# ------------------------------------------------------------------------------ end to end
def test_total_revenue_by_region_matches_duckdb(engines: tuple[Any, Any]) -> None:
    ch_engine, duck_engine = engines
    ch_answer = ch_engine.ask("total revenue by region", source="shop")
    duck_answer = duck_engine.ask("total revenue by region", source="shop")
    assert ch_answer.plan.sql == duck_answer.plan.sql  # the rules planner sees the same schema
    got = dict(zip(ch_answer.df.iloc[:, 0], ch_answer.df.iloc[:, 1].astype(float), strict=True))
    want = dict(
        zip(duck_answer.df.iloc[:, 0], duck_answer.df.iloc[:, 1].astype(float), strict=True)
    )
    assert len(got) == 5
    assert got == pytest.approx(want)
    assert ch_answer.figure.data


@pytest.mark.parametrize("unit", ["year", "yearmonth", "weekday", "month", "quarter", "day"])
def test_each_time_unit_compiles_and_runs_on_clickhouse(
    engines: tuple[Any, Any], unit: str
) -> None:
    from aiser_jupyter.engine.plan import ChartPlan

    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT order_date, order_id FROM orders",
            "chart": {
                "mark": "bar",
                "encoding": {
                    "x": {"field": "order_date", "type": "temporal", "timeUnit": unit},
                    "y": {"field": "order_id", "aggregate": "count", "type": "quantitative"},
                },
            },
        }
    )
    ch_engine, duck_engine = engines
    ch_df = ch_engine.run_plan(plan, "shop").df
    duck_df = duck_engine.run_plan(plan, "shop").df
    expected = {"year": 3, "yearmonth": 36, "weekday": 7, "month": 12, "quarter": 4, "day": 1096}
    assert len(ch_df) == expected[unit]
    assert int(ch_df.iloc[:, 1].sum()) == 60_000
    assert [str(v)[:10] for v in ch_df.iloc[:, 0]] == [str(v)[:10] for v in duck_df.iloc[:, 0]]
    assert list(ch_df.iloc[:, 1].astype(int)) == list(duck_df.iloc[:, 1].astype(int))


# ------------------------------------------------------------------------------ boundary
@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM file('/etc/passwd', 'LineAsString')",
        "SELECT * FROM url('http://127.0.0.1:9/x', 'CSV', 'a String')",
        "SELECT * FROM s3('http://127.0.0.1:9/bucket/x.csv', 'CSV', 'a String')",
        "SELECT * FROM executable('id', 'CSV', 'a String')",
        "SELECT * FROM remote('127.0.0.1:9', default.orders)",
        "SELECT count() FROM orders SETTINGS readonly = 0",
        "SELECT count() FROM orders SETTINGS max_execution_time = 0",
    ],
)
def test_file_network_and_settings_are_refused_by_the_engine_without_the_guard(
    ch: Any, sql: str
) -> None:
    with pytest.raises(AiserError) as info:
        ch.run(sql, Limits(timeout=10))
    assert info.value.code == "AISER-DB-EXEC"
    assert "readonly" in info.value.message.lower()


# ------------------------------------------------------------------------------ boundary
WRITES = [
    "INSERT INTO regions VALUES (99, 'Nowhere')",
    "INSERT INTO FUNCTION file('/tmp/aiser-pwned.csv', 'CSV') SELECT 1",
    "ALTER TABLE order_lines DELETE WHERE 1",
    "ALTER TABLE order_lines UPDATE revenue = 0 WHERE 1",
    "DELETE FROM order_lines WHERE 1",
    "TRUNCATE TABLE order_lines",
    "DROP TABLE regions",
    "CREATE TABLE pwned (x Int8) ENGINE = Memory",
    "CREATE TEMPORARY TABLE pwned (x Int8)",
    "RENAME TABLE regions TO gone",
    "OPTIMIZE TABLE order_lines FINAL",
    "SET readonly = 0",
    "SYSTEM DROP DNS CACHE",
]


def test_writes_are_refused_by_the_engine_without_the_guard(ch: Any) -> None:
    before = {t: _count(ch, t) for t in TABLES}
    for sql in WRITES:
        with pytest.raises(AiserError) as info:
            ch.run(sql, Limits(timeout=10))
        assert info.value.code == "AISER-DB-EXEC", sql
    assert {t: _count(ch, t) for t in TABLES} == before
    assert not Path("/tmp/aiser-pwned.csv").exists()


def test_row_cap_and_result_size_cap(ch: Any) -> None:
    rows = ch.run("SELECT number FROM numbers(1000000)", Limits(max_rows=10))
    assert rows.num_rows == 11  # max_rows + 1 tells the caller the result was cut
    with pytest.raises(AiserError) as info:
        ch.run("SELECT repeat('x', 1000) AS s FROM numbers(1000)", Limits(max_bytes=100_000))
    assert info.value.code == "AISER-DB-TOO-LARGE"


SLOW = "SELECT count() AS n FROM numbers(1000000000000)"


def test_slow_query_times_out_and_the_source_stays_usable(ch: Any) -> None:
    started = time.monotonic()
    with pytest.raises(AiserError) as info:
        ch.run(SLOW, Limits(timeout=0.5))
    assert info.value.code == "AISER-DB-TIMEOUT"
    assert time.monotonic() - started < 2.0
    assert _count(ch, "regions") == 5
    assert _count(ch, "orders") == 60_000


def test_the_server_side_timeout_holds_alone(ch: Any) -> None:
    con = ch._connection(Limits(timeout=1))  # max_execution_time = 1, no client deadline
    started = time.monotonic()
    with pytest.raises(Exception, match="TIMEOUT_EXCEEDED"):
        con.query(SLOW, "CSV")
    assert time.monotonic() - started < 3.0


@pytest.mark.usefixtures("sigint_raises")
def test_interrupt_cancels_within_a_second_and_the_source_stays_usable(ch: Any) -> None:
    main = threading.main_thread().ident
    assert main is not None
    threading.Timer(0.5, lambda: signal.pthread_kill(main, signal.SIGINT)).start()
    started = time.monotonic()
    with pytest.raises(AiserError) as info:
        ch.run(SLOW, Limits(timeout=30))
    assert info.value.code == "AISER-DB-CANCELLED"
    assert time.monotonic() - started < 1.5
    assert _count(ch, "regions") == 5


# ------------------------------------------------------------------------------ chart kinds
LINES = (
    "SELECT o.order_date, o.channel, r.name AS region, l.revenue, l.quantity, l.discount "
    "FROM order_lines l JOIN orders o ON o.order_id = l.order_id "
    "JOIN customers c ON c.customer_id = o.customer_id JOIN regions r ON r.region_id = c.region_id"
)
Q, N, T = "quantitative", "nominal", "temporal"
KINDS: dict[str, dict[str, Any]] = {
    "bar": {
        "x": {"field": "region", "type": N},
        "y": {"field": "revenue", "aggregate": "sum", "type": Q},
    },
    "line": {
        "x": {"field": "order_date", "type": T, "timeUnit": "yearmonth"},
        "y": {"field": "revenue", "aggregate": "mean", "type": Q},
    },
    "area": {
        "x": {"field": "order_date", "type": T, "timeUnit": "year"},
        "y": {"field": "quantity", "aggregate": "sum", "type": Q},
        "color": {"field": "channel", "type": N},
    },
    "point": {
        "x": {"field": "quantity", "aggregate": "mean", "type": Q},
        "y": {"field": "revenue", "aggregate": "median", "type": Q},
        "color": {"field": "region", "type": N},
    },
    "arc": {
        "theta": {"field": "revenue", "aggregate": "sum", "type": Q},
        "color": {"field": "channel", "type": N},
    },
    "histogram": {"x": {"field": "revenue", "bin": True, "type": Q}},
    "heatmap": {
        "x": {"field": "region", "type": N},
        "y": {"field": "order_date", "type": T, "timeUnit": "weekday"},
        "color": {"field": "revenue", "aggregate": "distinct", "type": Q},
    },
    "kpi": {"y": {"field": "revenue", "aggregate": "max", "type": Q}},
}


@pytest.mark.parametrize("mark", [*KINDS, "top-groups"])
def test_every_chart_kind_runs_on_clickhouse_like_on_duckdb(
    engines: tuple[Any, Any], mark: str
) -> None:
    from aiser_jupyter.engine.plan import ChartPlan

    chart: dict[str, Any] = {"mark": mark, "encoding": KINDS.get(mark)}
    if mark == "top-groups":  # limit with a colour: the top-N filter subquery
        chart = {"mark": "bar", "limit": 3, "encoding": KINDS["area"]}
        chart["encoding"] = {**KINDS["bar"], "color": {"field": "channel", "type": N}}
    plan = ChartPlan.model_validate({"sql": LINES, "chart": chart})
    ch_engine, duck_engine = engines
    ch_answer = ch_engine.run_plan(plan, "shop")
    duck_df = duck_engine.run_plan(plan, "shop").df
    ch_df = ch_answer.df
    assert ch_df.shape == duck_df.shape, ch_answer.compiled_sql
    for name in ch_df.columns:
        got, want = ch_df[name], duck_df[name]
        if want.dtype.kind in "fiu" or str(want.dtype).startswith("decimal"):
            assert list(got.astype(float)) == pytest.approx(list(want.astype(float)), rel=1e-9)
        else:
            assert [str(v)[:10] for v in got] == [str(v)[:10] for v in want]
    assert ch_answer.figure.data


def test_box_plots_are_refused_on_clickhouse_with_a_code(engines: tuple[Any, Any]) -> None:
    from aiser_jupyter.engine.plan import ChartPlan

    plan = ChartPlan.model_validate(
        {
            "sql": LINES,
            "chart": {
                "mark": "box",
                "encoding": {
                    "x": {"field": "region", "type": N},
                    "y": {"field": "revenue", "type": Q},
                },
            },
        }
    )
    with pytest.raises(AiserError) as info:
        engines[0].run_plan(plan, "shop")
    assert info.value.code == "AISER-SQL-UNSUPPORTED"


def test_without_chdb_the_error_says_what_to_install(ch_dir: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['chdb'] = None\n"
        "from aiser_jupyter.engine.sources.open import open_source\n"
        "from aiser_jupyter.errors import AiserError\n"
        "try:\n"
        f"    open_source('x', 'chdb://{ch_dir}')\n"
        "except AiserError as exc:\n"
        "    print(exc.code, exc.message)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith("AISER-SRC-DRIVER"), out.stderr
    assert "pip install" in out.stdout
    assert "clickhouse" in out.stdout
