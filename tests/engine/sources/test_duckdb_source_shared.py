"""A DuckDB file the user's own code already holds open in the same process.

DuckDB keeps one database instance per file and process and refuses a second
connection with a different configuration. Users do ``con = duckdb.connect(path)``
in a notebook and then chart the same file: the chart joins their instance (read-only
transactions, one statement) instead of failing, and never changes their settings.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from aiser_jupyter import Engine
from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import DuckDBSource
from aiser_jupyter.errors import AiserError

LIMITS = Limits(max_rows=1000, timeout=5)


@pytest.fixture()
def db(demo_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "mine.duckdb"
    shutil.copy(demo_path, path)
    return path


@pytest.fixture()
def users_con(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(db))  # the user's own, read-write, default settings
    yield con
    con.close()


def test_chart_joins_the_users_open_connection(
    db: Path, users_con: duckdb.DuckDBPyConnection
) -> None:
    raw = users_con.execute(
        "SELECT channel, SUM(quantity) AS q FROM order_lines JOIN orders USING (order_id) "
        "GROUP BY channel ORDER BY channel"
    ).fetchall()
    engine = Engine()
    answer = engine.ask(
        "SELECT channel, SUM(quantity) AS q FROM order_lines JOIN orders USING (order_id) "
        "GROUP BY channel ORDER BY channel",
        source=str(db),
    )
    assert [tuple(r) for r in answer.df.itertuples(index=False, name=None)] == raw
    assert any("also open in your own DuckDB connection" in n for n in answer.notices)
    # the user's connection keeps working, and its settings are still theirs
    users_con.execute("SET threads = 2")
    users_con.execute("CREATE TABLE scratch AS SELECT 1 AS i")
    assert users_con.execute("SELECT current_setting('enable_external_access')").fetchone() == (
        True,
    )
    # a write made by the user after the first chart is seen by the next one
    users_con.execute("INSERT INTO regions VALUES (99, 'Mars')")
    assert (
        "Mars"
        in engine.ask("SELECT name, region_id FROM regions", source=str(db)).df["name"].tolist()
    )
    engine.close()


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TABLE hacked AS SELECT 1",
        "DELETE FROM orders",
        "UPDATE orders SET order_id = 0",
        "DROP TABLE orders",
        "INSERT INTO orders SELECT * FROM orders",
        "SELECT 1; DELETE FROM orders",
        "COMMIT; DELETE FROM orders",
        "ROLLBACK; BEGIN; DELETE FROM orders; COMMIT",
        "CHECKPOINT",
        "SET threads = 1",
        "PRAGMA enable_profiling",
        "CALL enable_logging()",
    ],
)
def test_joined_source_refuses_writes_without_the_guard(
    db: Path, users_con: duckdb.DuckDBPyConnection, sql: str
) -> None:
    before = users_con.execute("SELECT count(*), sum(hash(o::VARCHAR)) FROM orders o").fetchone()
    source = DuckDBSource("mine", db)
    assert source.joined
    with pytest.raises(AiserError):
        source.run(sql, LIMITS)
    assert users_con.execute("SELECT current_setting('threads')").fetchone() != (1,)
    # still usable after the refusal (no transaction left open)
    assert source.run("SELECT count(*) AS n FROM orders", LIMITS).to_pylist()[0]["n"] == before[0]
    source.close()
    assert users_con.execute("SELECT count(*), sum(hash(o::VARCHAR)) FROM orders o").fetchone() == (
        before
    )
    assert users_con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'hacked'"
    ).fetchone() == (0,)


def test_joined_source_still_guards_files(
    db: Path, users_con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("secret\nAISER-CANARY-shared\n")
    with pytest.raises(AiserError) as info:
        Engine().ask(f"SELECT * FROM read_csv('{secret}')", source=str(db))
    assert info.value.code.startswith("AISER-SQL-")


def test_a_users_read_only_connection_keeps_its_settings(db: Path) -> None:
    con = duckdb.connect(str(db), read_only=True)
    source = DuckDBSource("mine", db)
    assert source.joined  # not sandboxed: that would lock the user's own connection
    assert source.run("SELECT count(*) AS n FROM orders", LIMITS).to_pylist()[0]["n"] == 60_000
    con.execute("SET threads = 1")  # still the user's to change
    assert con.execute("SELECT current_setting('enable_external_access')").fetchone() == (True,)
    source.close()
    con.close()


def test_a_read_only_connection_after_the_chart_shares_it(db: Path) -> None:
    source = DuckDBSource("mine", db)
    assert not source.joined
    con = duckdb.connect(str(db), read_only=True)  # a user's raw query next to the chart
    assert con.execute("SELECT count(*) FROM orders").fetchone() == (60_000,)
    con.close()
    source.close()


def test_a_custom_configured_user_connection_gets_a_clear_error(db: Path) -> None:
    con = duckdb.connect(str(db), config={"threads": 1})
    try:
        with pytest.raises(AiserError) as info:
            Engine().ask("SELECT 1 AS a, 2 AS b", source=str(db))
        assert info.value.code == "AISER-SRC-IN-USE"
    finally:
        con.close()
