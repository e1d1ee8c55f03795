"""A throwaway MariaDB server for the tests (Debian's ``mariadb-server``, loopback, a temp dir).

``mariadb`` (session scope) runs ``mariadb-install-db`` and ``mariadbd`` into a temp
dir on 127.0.0.1 (a free port, the socket in the temp dir, as the ``mysql`` user when
root), creates the ``shop`` database with part of the demo, an ``aiser`` account with
all rights on it and a SELECT-only ``reader``, and stops the server at the end.
Without the binaries or PyMySQL the tests skip (they are optional in CI:
scripts/system-deps.sh installs PostgreSQL only).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from needs import unavailable
from pg import _free_port

#: The accounts' password: a canary that must never show up in any output.
PASSWORD = "MyCanaryPw-2b7c"


@dataclass(frozen=True)
class MariaServer:
    port: int
    socket: Path
    password: str = PASSWORD

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the ``shop`` database for the ``aiser`` account."""
        return f"mysql://aiser:{self.password}@127.0.0.1:{self.port}/shop"

    def admin(self) -> Any:
        """A PyMySQL connection as root over the unix socket (autocommit, database ``shop``)."""
        import pymysql

        return pymysql.connect(
            unix_socket=str(self.socket), user="root", database="shop", autocommit=True
        )


def _start(root: Path, server: str, install: str) -> tuple[subprocess.Popen[bytes], int]:
    user = ["--user=mysql"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        shutil.chown(root, "mysql")
    port = _free_port()
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
            f"--socket={root / 'sock'}",
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
    for _ in range(100):
        if (root / "sock").exists():
            break
        time.sleep(0.1)
    return proc, port


def _load_shop(con: Any, demo_path: Path) -> None:
    import duckdb

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
        src = duckdb.connect(str(demo_path), read_only=True)
        cur.executemany(
            "INSERT INTO regions VALUES (%s, %s)", src.sql("SELECT * FROM regions").fetchall()
        )
        cur.executemany(
            "INSERT INTO customers VALUES (%s, %s, %s, %s)",
            src.sql("SELECT customer_id, name, segment, region_id FROM customers").fetchall(),
        )
        src.close()


@pytest.fixture(scope="session")
def mariadb(demo_path: Path) -> Iterator[MariaServer]:
    """A running MariaDB server holding the ``shop`` database (see module docstring)."""
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
    proc, port = _start(root, server, install)
    try:
        con = pymysql.connect(unix_socket=str(root / "sock"), user="root", autocommit=True)
        _load_shop(con, demo_path)
        con.close()
        yield MariaServer(port=port, socket=root / "sock")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        shutil.rmtree(root, ignore_errors=True)
