"""Spark as a source, against a real Spark Connect server (the pyspark wheel's jars on a JVM).

One server per test session (``spark_server`` in tests/spark_server.py) holds a
``sales`` table of 1,000,000 rows and a ``regions`` table, both Parquet files written by
pyarrow; DuckDB opens the same files, and every chart kind must give the same
numbers on both. Then what a Spark Connect server does not stop by itself: files,
``${env:…}``, timeouts, interrupts, row and byte caps. Without Java or pyspark the
tests skip (and fail in CI, which installs both).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from aiser_jupyter.engine.config import EngineConfig, Limits
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.sources.open import open_source
from aiser_jupyter.errors import AiserError

pytestmark = [pytest.mark.spark, pytest.mark.slow]

Q, N, T = "quantitative", "nominal", "temporal"
#: 10^14 rows in 8 tasks: only a cancel ends it (the guard would refuse range(); run() is trusted).
#: Its tasks stop as soon as they are told (a nested-loop join's would run on for minutes).
SLOW = "SELECT SUM(id % 7) AS n FROM range(0, 100000000000000, 1, 8)"


@pytest.fixture(scope="module")
def spark(spark_server: Any) -> Iterator[Any]:
    source = open_source("shop", spark_server.url())
    yield source
    source.close()


@pytest.fixture(scope="module")
def engines(spark_server: Any) -> Iterator[tuple[Any, Any]]:
    """The same data twice: through Spark Connect and through DuckDB (the Parquet files)."""
    from aiser_jupyter.engine.core import Engine

    config = EngineConfig(planner="rules", use_cache=False, timeout=120)
    on_spark, on_duckdb = Engine(config), Engine(config)
    on_spark.connect("shop", spark_server.url())
    on_duckdb.connect("shop", str(spark_server.data))
    yield on_spark, on_duckdb
    on_spark.close()
    on_duckdb.close()


def _rows(source: Any, sql: str, **limits: Any) -> list[dict[str, Any]]:
    return list(source.run(sql, Limits(**limits)).to_pylist())


def _same(got: Any, want: Any) -> None:
    """Two answers' rows: numbers equal to 1e-9, everything else as text to the second."""
    assert got.shape == want.shape
    for name in want.columns:
        if want[name].dtype.kind in "fiu":
            assert list(got[name].astype(float)) == pytest.approx(
                list(want[name].astype(float)), rel=1e-9
            ), name
        else:
            assert [str(v)[:19] for v in got[name]] == [str(v)[:19] for v in want[name]], name


# ------------------------------------------------------------------------------ connecting
def test_the_source_shows_its_url_without_the_token(spark: Any, spark_server: Any) -> None:
    assert spark.dialect == "spark"
    assert spark_server.token not in spark.display
    assert spark.display.endswith(";token=***")


def test_a_wrong_token_is_refused_quickly_without_echoing_it(spark_server: Any) -> None:
    started = time.monotonic()
    with pytest.raises(AiserError) as info:
        open_source("bad", spark_server.url(token="not-the-token"))
    assert info.value.code == "AISER-SRC-CONNECT"
    assert "refused the token" in info.value.message
    assert "not-the-token" not in info.value.message
    assert time.monotonic() - started < 10


def test_the_environment_token_is_not_sent_to_a_url_without_one(
    spark_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pyspark falls back to SPARK_CONNECT_AUTHENTICATE_TOKEN: any host named in a URL would get it
    monkeypatch.setenv("SPARK_CONNECT_AUTHENTICATE_TOKEN", spark_server.token)
    with pytest.raises(AiserError) as info:
        open_source("bad", f"sc://localhost:{spark_server.port}")
    assert info.value.code == "AISER-SRC-CONNECT"


def test_a_server_that_is_not_there_is_reported_within_seconds() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, never listening
        started = time.monotonic()
        with pytest.raises(AiserError) as info:
            open_source("gone", f"sc://localhost:{port}")
    assert info.value.code == "AISER-SRC-CONNECT"
    assert time.monotonic() - started < 30


def test_an_unknown_database_is_named(spark_server: Any) -> None:
    with pytest.raises(AiserError) as info:
        open_source("bad", spark_server.url() + ";database=nowhere")
    assert info.value.code == "AISER-SRC-CONNECT"
    assert "nowhere" in info.value.message


def test_the_token_comes_from_the_environment_and_stays_out_of_what_is_shown(
    spark_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiser_jupyter.engine.core import Engine

    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    url = f"sc://localhost:{spark_server.port}/;token=${{AISER_TEST_SPARK_TOKEN}}"
    try:
        with pytest.raises(AiserError) as info:
            engine.connect("lake", url)  # not set yet
        assert info.value.code == "AISER-SRC-CONNECT"
        assert "AISER_TEST_SPARK_TOKEN" in info.value.message
        monkeypatch.setenv("AISER_TEST_SPARK_TOKEN", spark_server.token)
        source = engine.connect("lake", url)
        assert spark_server.token not in source.display
        assert _rows(source, "SELECT COUNT(*) AS n FROM regions", timeout=60) == [{"n": 5}]
    finally:
        engine.close()


def test_an_empty_database_names_the_server_s_other_databases(spark_server: Any) -> None:
    from spark_server import admin_session

    admin = admin_session(spark_server.port)
    try:
        admin.sql("CREATE DATABASE IF NOT EXISTS empty_db")
    finally:
        admin.stop()
    source = open_source("empty", spark_server.url() + ";database=empty_db")
    try:
        assert source.describe() == ([], [])
    finally:
        source.close()
    assert source.notice is not None
    assert "'empty_db' has no tables" in source.notice
    assert "default" in source.notice and ";database=NAME" in source.notice
    # a database with tables opens without a word
    full = open_source("full", spark_server.url() + ";database=default")
    full.close()
    assert full.notice is None


# ------------------------------------------------------------------------------ catalog
def test_catalog_lists_tables_types_row_counts_and_the_inferred_join(engines: Any) -> None:
    catalog = engines[0].catalog("shop")
    assert catalog.dialect == "spark"
    assert catalog.table_names() == {"sales", "regions"}
    sales = catalog.table("sales")
    assert sales is not None and sales.row_count == 1_000_000
    types = {c.name: (c.type, c.semantic) for c in sales.columns}
    assert types["ts"] == ("TIMESTAMP_NTZ", "temporal")
    assert types["amount"] == ("DOUBLE", "quantitative")
    assert types["product"] == ("STRING", "nominal")
    assert types["region_id"][1] == "key"
    channel = sales.column("channel")
    assert channel is not None and sorted(channel.samples) == ["phone", "store", "web"]
    # Spark declares no keys: the join is inferred and confirmed on the data
    (join,) = [j for j in catalog.joins if j.table == "sales" and j.ref_table == "regions"]
    assert (join.column, join.ref_column, join.declared) == ("region_id", "region_id", False)
    assert "100%" in (join.evidence or "")


def test_views_whose_stored_sql_the_guard_refuses_are_left_out(spark_server: Any) -> None:
    from spark_server import admin_session

    location = "'" + str(spark_server.data / "regions.parquet") + "'"
    admin = admin_session(spark_server.port)
    try:
        admin.sql("CREATE DATABASE IF NOT EXISTS views_db")
        admin.sql("USE views_db")
        admin.sql(f"CREATE TABLE IF NOT EXISTS areas USING parquet LOCATION {location}")
        for name, sql in {
            "leak": "SELECT TRANSFORM(region) USING 'id' AS (who) FROM areas",
            "files": "SELECT * FROM text.`/etc/hostname`",
            "elsewhere": "SELECT * FROM default.sales",  # another database: not in this catalog
            "on_leak": "SELECT * FROM views_db.leak",
            "east": "SELECT * FROM views_db.areas WHERE region = 'east'",
            "on_east": "SELECT region FROM east",
        }.items():
            admin.sql(f"CREATE OR REPLACE VIEW {name} AS {sql}")
    finally:
        admin.stop()
    source = open_source("views", spark_server.url() + ";database=views_db")
    try:
        tables, _ = source.describe()
        assert _rows(source, "SELECT region FROM on_east") == [{"region": "east"}]
    finally:
        source.close()
    assert {t.name: t.kind for t in tables} == {"areas": "table", "east": "view", "on_east": "view"}
    assert set(source.refused) == {"leak", "files", "elsewhere", "on_leak"}


# ------------------------------------------------------------------------------ every chart kind
JOINED = (
    "SELECT s.ts, s.product, s.channel, r.region, s.amount, s.qty "
    "FROM sales s JOIN regions r ON r.region_id = s.region_id"
)
KINDS: dict[str, tuple[str, str, dict[str, Any]]] = {  # name -> (base SQL, mark, encoding)
    "bar": (
        JOINED,
        "bar",
        {
            "x": {"field": "region", "type": N},
            "y": {"field": "amount", "aggregate": "sum", "type": Q},
        },
    ),
    "line": (
        JOINED,
        "line",
        {
            "x": {"field": "ts", "type": T, "timeUnit": "yearmonth"},
            "y": {"field": "amount", "aggregate": "mean", "type": Q},
        },
    ),
    "area": (
        JOINED,
        "area",
        {
            "x": {"field": "ts", "type": T, "timeUnit": "week"},
            "y": {"field": "qty", "aggregate": "sum", "type": Q},
            "color": {"field": "channel", "type": N},
        },
    ),
    "point": (
        JOINED,
        "point",
        {
            "x": {"field": "qty", "aggregate": "mean", "type": Q},
            "y": {"field": "amount", "aggregate": "median", "type": Q},
            "color": {"field": "region", "type": N},
        },
    ),
    "arc": (
        JOINED,
        "arc",
        {
            "theta": {"field": "amount", "aggregate": "sum", "type": Q},
            "color": {"field": "channel", "type": N},
        },
    ),
    "histogram": (JOINED, "histogram", {"x": {"field": "amount", "bin": True, "type": Q}}),
    "heatmap of bins": (
        "SELECT * FROM sales",
        "heatmap",
        {"x": {"field": "amount", "type": Q}, "y": {"field": "qty", "type": Q}},
    ),
    "heatmap": (
        JOINED,
        "heatmap",
        {
            "x": {"field": "region", "type": N},
            "y": {"field": "ts", "type": T, "timeUnit": "weekday"},
            "color": {"field": "amount", "aggregate": "distinct", "type": Q},
        },
    ),
    "kpi": (JOINED, "kpi", {"y": {"field": "amount", "aggregate": "max", "type": Q}}),
    "table": (
        JOINED,
        "table",
        {
            "x": {"field": "ts", "type": T, "timeUnit": "year"},
            "y": {"field": "amount", "aggregate": "sum", "type": Q},
        },
    ),
    "box": (
        "SELECT * FROM sales",
        "box",
        {"x": {"field": "channel", "type": N}, "y": {"field": "amount", "type": Q}},
    ),
    "top-N + Other": (
        "SELECT * FROM sales",
        "bar",
        {
            "x": {"field": "product", "type": N},
            "y": {"field": "amount", "aggregate": "sum", "type": Q},
        },
    ),
    "top-N + Other of a mean": (  # the rest's mean from its base rows, not from the groups'
        "SELECT * FROM sales",
        "bar",
        {
            "x": {"field": "product", "type": N},
            "y": {"field": "amount", "aggregate": "mean", "type": Q},
        },
    ),
    # every ts and id is distinct: each bucket's extremes are single points, the same on both
    "M4 line over time": (
        "SELECT ts, id FROM sales",
        "line",
        {"x": {"field": "ts", "type": T}, "y": {"field": "id", "type": Q}},
    ),
    "M4 line by colour": (
        "SELECT id, ts, channel FROM sales",
        "line",
        {
            "x": {"field": "id", "type": Q},
            "y": {"field": "ts", "type": T},
            "color": {"field": "channel", "type": N},
        },
    ),
}
REDUCED = {
    "top-N + Other": "other",
    "top-N + Other of a mean": "other",
    "M4 line over time": "m4",
    "M4 line by colour": "m4",
}


@pytest.mark.parametrize("kind", [*KINDS, "top groups"])
def test_every_chart_kind_gives_the_numbers_duckdb_gives(engines: Any, kind: str) -> None:
    if kind == "top groups":  # a limit with a colour: the top-N filter subquery
        sql, mark, encoding = (
            JOINED,
            "bar",
            {**KINDS["bar"][2], "color": {"field": "channel", "type": N}},
        )
        chart: dict[str, Any] = {"mark": mark, "encoding": encoding, "limit": 3}
    else:
        sql, mark, encoding = KINDS[kind]
        chart = {"mark": mark, "encoding": encoding}
    plan = ChartPlan.model_validate({"sql": sql, "chart": chart})
    on_spark, on_duckdb = engines
    got = on_spark.run_plan(plan, "shop")
    want = on_duckdb.run_plan(plan, "shop")
    _same(got.df, want.df)
    assert got.figure.data
    if kind in REDUCED:
        assert got.reduction is not None and got.reduction.kind == REDUCED[kind]
        assert got.reduction.note == want.reduction.note
    if kind == "heatmap of bins":  # 2-D bins pushed down, not one cell per (amount, qty) pair
        assert len(got.df) < 1_000


@pytest.mark.parametrize(
    "unit",
    [
        "year",
        "yearquarter",
        "yearmonth",
        "yearweek",
        "day",
        "month",
        "weekday",
        "quarter",
        "dayofmonth",
        "hour",
    ],
)
def test_each_time_unit_runs_on_spark_like_on_duckdb(engines: Any, unit: str) -> None:
    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT ts, amount FROM sales",
            "chart": {
                "mark": "bar",
                "encoding": {
                    "x": {"field": "ts", "type": T, "timeUnit": unit},
                    "y": {"field": "amount", "aggregate": "count", "type": Q},
                },
            },
        }
    )
    got, want = (engine.run_plan(plan, "shop").df for engine in engines)
    _same(got, want)
    assert int(got.iloc[:, 1].sum()) == 1_000_000


def test_a_scatter_over_a_million_rows_is_a_repeatable_sample(engines: Any) -> None:
    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT id, amount, qty FROM sales",
            "chart": {
                "mark": "point",
                "encoding": {"x": {"field": "amount", "type": Q}, "y": {"field": "qty", "type": Q}},
            },
        }
    )
    first = engines[0].run_plan(plan, "shop")
    again = engines[0].run_plan(plan, "shop")
    assert "TABLESAMPLE" in first.compiled_sql and "REPEATABLE (42)" in first.compiled_sql
    assert first.reduction is not None and first.reduction.total == 1_000_000
    assert 1_500 <= first.reduction.shown <= 5_000
    assert first.df.equals(again.df)
    assert first.df["qty"].between(1, 39).all()


def test_sql_and_questions_chart_on_spark(engines: Any) -> None:
    on_spark, on_duckdb = engines
    sql = "SELECT channel, SUM(amount) AS total FROM sales GROUP BY channel"
    _same(on_spark.ask(sql, source="shop").df, on_duckdb.ask(sql, source="shop").df)
    got = on_spark.ask("total amount by channel", source="shop")
    want = on_duckdb.ask("total amount by channel", source="shop")
    assert got.plan.sql == want.plan.sql
    _same(got.df, want.df)


def test_hostile_sql_is_refused_before_it_reaches_spark(engines: Any) -> None:
    for sql, code in [
        (
            "SELECT reflect('java.lang.System', 'getProperty', 'user.name') AS u",
            "AISER-SQL-FUNCTION",
        ),
        ("SELECT TRANSFORM(amount) USING 'id' AS (who) FROM sales", "AISER-SQL-NOT-SELECT"),
        ("SELECT * FROM text.`/etc/hostname`", "AISER-SQL-TABLE"),
    ]:
        with pytest.raises(AiserError) as info:
            engines[0].ask(sql, source="shop")
        assert info.value.code == code


# ------------------------------------------------------------------------------ the session
def test_files_and_the_environment_stay_closed_without_the_guard(spark: Any) -> None:
    with pytest.raises(AiserError) as info:
        spark.run("SELECT * FROM text.`/etc/hostname`", Limits(timeout=60))
    assert info.value.code == "AISER-DB-EXEC"
    assert _rows(spark, "SELECT '${env:HOME}' AS h, '${spark.sql.warehouse.dir}' AS w") == [
        {"h": "${env:HOME}", "w": "${spark.sql.warehouse.dir}"}
    ]


def test_a_server_set_up_as_the_readme_says_refuses_jvm_calls_without_the_guard(spark: Any) -> None:
    for sql in (
        "SELECT reflect('java.lang.System', 'getProperty', 'user.name') AS u",
        "SELECT java_method('java.lang.System', 'getenv', 'HOME') AS h",
    ):
        with pytest.raises(AiserError) as info:
            spark.run(sql, Limits(timeout=60))
        assert info.value.code == "AISER-DB-EXEC", sql


def test_rows_are_capped_on_the_server_and_bytes_after_the_transfer(spark: Any) -> None:
    assert len(_rows(spark, "SELECT id FROM sales", max_rows=10)) == 11  # one more says "cut"
    with pytest.raises(AiserError) as info:
        spark.run(
            "SELECT repeat(product, 100) AS s FROM sales", Limits(max_rows=5_000, max_bytes=100_000)
        )
    assert info.value.code == "AISER-DB-TOO-LARGE"


def test_a_result_with_two_columns_of_one_name_is_refused(spark: Any) -> None:
    with pytest.raises(AiserError) as info:
        spark.run("SELECT amount, amount FROM sales", Limits(timeout=60))
    assert info.value.code == "AISER-SQL-DUPLICATE"


def test_spark_timestamps_come_back_as_the_session_shows_them(spark: Any) -> None:
    (row,) = _rows(
        spark,
        "SELECT ts, CAST(ts AS TIMESTAMP) AS local, date_trunc('DAY', ts) AS d FROM sales WHERE id = 7",
    )
    assert row["local"] == row["ts"] and row["local"].tzinfo is None  # session time zone: UTC
    assert row["d"] == row["ts"].replace(hour=0, minute=0, second=0, microsecond=0)


def _killed_tasks(server: Any) -> int:
    """Tasks the server's executor stopped on request so far (its log says each one)."""
    return (server.root / "server.log").read_text(errors="replace").count("Executor killed task")


def _stopped_on_the_server(server: Any, before: int) -> bool:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if _killed_tasks(server) >= before + 2:  # local[2]: both running tasks
            return True
        time.sleep(0.2)
    return False


def test_a_slow_query_times_out_on_the_server_and_the_source_stays_usable(
    spark: Any, spark_server: Any
) -> None:
    reports: list[tuple[float | None, float]] = []
    before = _killed_tasks(spark_server)
    started = time.monotonic()
    with pytest.raises(AiserError) as info:
        spark.run(SLOW, Limits(timeout=4, on_progress=lambda done, s: reports.append((done, s))))
    assert info.value.code == "AISER-DB-TIMEOUT"
    assert time.monotonic() - started < 12
    assert _stopped_on_the_server(spark_server, before)
    assert any(done is not None for done, _ in reports), reports  # the server's task counts
    assert _rows(spark, "SELECT COUNT(*) AS n FROM regions", timeout=60) == [{"n": 5}]


@pytest.mark.usefixtures("sigint_raises")
def test_an_interrupt_cancels_the_query_on_the_server(spark: Any, spark_server: Any) -> None:
    main = threading.main_thread().ident
    assert main is not None
    before = _killed_tasks(spark_server)
    threading.Timer(2.0, lambda: signal.pthread_kill(main, signal.SIGINT)).start()
    started = time.monotonic()
    with pytest.raises(AiserError) as info:
        spark.run(SLOW, Limits(timeout=120))
    assert info.value.code == "AISER-DB-CANCELLED"
    assert time.monotonic() - started < 6
    assert _stopped_on_the_server(spark_server, before)
    assert _rows(spark, "SELECT COUNT(*) AS n FROM regions", timeout=60) == [{"n": 5}]
