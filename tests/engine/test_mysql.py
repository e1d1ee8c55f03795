"""MariaDB/MySQL as a source, against a real throwaway server (Debian's ``mariadb-server``).

The fixture runs ``mariadb-install-db`` and ``mariadbd`` into a temp dir on 127.0.0.1
(a free port, the socket in the temp dir, as the ``mysql`` user when root), loads part
of the demo and stops the server at the end. Without the binaries or PyMySQL the
tests skip (they are optional in CI: scripts/system-deps.sh installs PostgreSQL only).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from needs import unavailable
from pg import _free_port

from aiser_jupyter.engine.sources import Limits, SQLAlchemySource, open_source
from aiser_jupyter.errors import AiserError

pytestmark = pytest.mark.mysql
PASSWORD = "MyCanaryPw-2b7c"


@pytest.fixture(scope="module")
def mysql_url(demo_path: Path) -> Iterator[str]:
    server, install = (
        shutil.which("mariadbd", path="/usr/sbin:/usr/bin"),
        shutil.which("mariadb-install-db"),
    )
    if server is None or install is None:
        unavailable("MariaDB server binaries not found (apt-get install mariadb-server)")
    try:
        import pymysql
    except ImportError:
        unavailable("pymysql is not installed (pip install 'aiser-jupyter[mysql]')")
    root = Path(tempfile.mkdtemp(prefix="aiser-my-"))
    root.chmod(0o755)
    user = ["--user=mysql"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        shutil.chown(root, "mysql")
    sock, port = root / "sock", _free_port()
    subprocess.run(
        [
            install,
            "--no-defaults",
            f"--datadir={root / 'data'}",
            *user,
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    proc = subprocess.Popen(
        [
            server,
            "--no-defaults",
            f"--datadir={root / 'data'}",
            f"--socket={sock}",
            f"--port={port}",
            "--bind-address=127.0.0.1",
            *user,
            "--skip-log-bin",
            "--innodb-buffer-pool-size=32M",
            f"--pid-file={root / 'pid'}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if sock.exists():
                break
            time.sleep(0.1)
        con = pymysql.connect(unix_socket=str(sock), user="root", autocommit=True)
        with con.cursor() as cur:
            for sql in (
                "CREATE DATABASE shop",
                f"CREATE USER 'aiser'@'127.0.0.1' IDENTIFIED BY '{PASSWORD}'",
                "GRANT ALL ON shop.* TO 'aiser'@'127.0.0.1'",
                f"CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY '{PASSWORD}'",
                "GRANT SELECT, SHOW VIEW ON shop.* TO 'reader'@'127.0.0.1'",
                "USE shop",
                "CREATE TABLE regions (region_id INT PRIMARY KEY, name VARCHAR(40))",
                "CREATE TABLE customers (customer_id INT PRIMARY KEY, name VARCHAR(80), segment VARCHAR(40), "
                "region_id INT, FOREIGN KEY (region_id) REFERENCES regions (region_id))",
                "CREATE VIEW big_customers AS SELECT * FROM customers WHERE segment = 'Enterprise'",
            ):
                cur.execute(sql)
            import duckdb

            src = duckdb.connect(str(demo_path), read_only=True)
            cur.executemany(
                "INSERT INTO regions VALUES (%s, %s)", src.sql("SELECT * FROM regions").fetchall()
            )
            cur.executemany(
                "INSERT INTO customers VALUES (%s, %s, %s, %s)",
                src.sql("SELECT customer_id, name, segment, region_id FROM customers").fetchall(),
            )
            src.close()
        con.close()
        yield f"mysql://aiser:{PASSWORD}@127.0.0.1:{port}/shop"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture()
def my(mysql_url: str) -> Iterator[SQLAlchemySource]:
    source = open_source("my", mysql_url)
    assert isinstance(source, SQLAlchemySource)
    yield source
    source.close()


def test_catalog_keys_and_views(my: SQLAlchemySource) -> None:
    tables, joins = my.describe()
    assert {t.name: t.kind for t in tables} == {
        "regions": "table",
        "customers": "table",
        "big_customers": "view",
    }
    assert [(j.table, j.column, j.ref_table) for j in joins] == [
        ("customers", "region_id", "regions")
    ]
    assert my.run(
        "SELECT name FROM regions WHERE name LIKE '%th' ORDER BY name", Limits()
    ).to_pylist() == [{"name": "North"}, {"name": "South"}]


def test_engine_answers_on_mariadb(mysql_url: str, engine: Any) -> None:
    answer = engine.ask("number of customers by region", source=mysql_url)
    assert int(answer.df.iloc[:, 1].sum()) == 5000


DML = [
    "DELETE FROM customers",
    "INSERT INTO regions VALUES (9, 'x')",
    "UPDATE regions SET name = 'x'",
    "SELECT 1; DELETE FROM customers",
    "COMMIT; DELETE FROM customers",
]
#: DDL commits implicitly in MySQL/MariaDB: a read-only transaction cannot stop it, only the
#: account's grants can (the guard refuses it first) — so connect with a SELECT-only account.
DDL = [
    "CREATE TABLE pwned (x INT)",
    "DROP VIEW big_customers",
    "ALTER TABLE regions ADD COLUMN x INT",
    "DELETE FROM customers",
]


@pytest.mark.parametrize("sql", DML)
def test_writes_are_refused_by_the_read_only_transaction(my: SQLAlchemySource, sql: str) -> None:
    with pytest.raises(AiserError) as info:
        my.run(sql, Limits(timeout=5))
    assert info.value.code == "AISER-DB-EXEC"
    assert my.run("SELECT count(*) AS n FROM customers", Limits()).to_pylist() == [{"n": 5000}]


@pytest.mark.parametrize("sql", DDL)
def test_ddl_is_refused_for_a_select_only_account(mysql_url: str, sql: str) -> None:
    source = open_source("my_reader", mysql_url.replace("//aiser:", "//reader:"))
    try:
        with pytest.raises(AiserError) as info:
            source.run(sql, Limits(timeout=5))
        assert info.value.code == "AISER-DB-EXEC"
        assert {t.name for t in source.describe()[0]} == {"regions", "customers", "big_customers"}
    finally:
        source.close()


def test_slow_query_times_out_and_the_source_stays_usable(my: SQLAlchemySource) -> None:
    started = time.monotonic()
    with pytest.raises(AiserError) as info:
        my.run("SELECT count(*) FROM customers a, customers b, customers c", Limits(timeout=0.5))
    assert info.value.code == "AISER-DB-TIMEOUT"
    assert time.monotonic() - started < 2.0
    assert my.run("SELECT count(*) AS n FROM regions", Limits()).to_pylist() == [{"n": 5}]
