"""A throwaway PostgreSQL server for the tests (Debian's binaries, loopback, a temp dir).

``pg_server`` (session scope) runs ``initdb`` and ``pg_ctl`` from
``/usr/lib/postgresql/*/bin`` into a temporary folder, starts the server on
127.0.0.1 on a free port with its unix socket in that folder, loads a small retail
schema built from the demo data and stops and removes everything at the end.
PostgreSQL refuses to run as root, so as root the cluster is owned by and run as the
``postgres`` system user (``runuser``). Without the binaries the tests are skipped —
except in CI (``CI=true``), where a missing server is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from needs import unavailable

#: The role's password: a canary that must never show up in any output (see test_secrets.py).
PG_PASSWORD = "PgCanaryPw-4e1d7b90"
PG_USER = "aiser"
PG_DB = "shop"


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    socket_dir: Path
    bin_dir: Path
    user: str = PG_USER
    password: str = PG_PASSWORD
    dbname: str = PG_DB

    def url(self, *, password: str | None = None, driver: str = "postgresql+psycopg") -> str:
        """A SQLAlchemy URL for the test database (``password`` overrides the real one)."""
        return f"{driver}://{self.user}:{password or self.password}@{self.host}:{self.port}/{self.dbname}"

    def admin(self) -> object:
        """A psycopg connection over the unix socket (trusted local auth, autocommit)."""
        import psycopg

        return psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=self.user,
            dbname=self.dbname,
            autocommit=True,
        )


def find_bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` holding ``initdb`` and ``pg_ctl``."""
    found = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")]
    found = [d for d in found if (d / "initdb").exists()]
    return max(found, key=lambda d: float(d.parent.name), default=None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _unavailable(reason: str) -> None:
    unavailable(f"PostgreSQL: {reason}")


@pytest.fixture(scope="session")
def pg_server(demo_path: Path) -> Iterator[PgServer]:
    """A running PostgreSQL server holding the ``shop`` database (see module docstring)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        _unavailable("PostgreSQL server binaries not found (apt-get install postgresql)")
    assert bin_dir is not None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install 'psycopg[binary]')")
    root = Path(tempfile.mkdtemp(prefix="aiser-pg-"))
    root.chmod(0o755)
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    pwfile = root / "pw"
    pwfile.write_text(PG_PASSWORD + "\n")
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
        shutil.chown(pwfile, "postgres")
    port = _free_port()
    server = PgServer(host="127.0.0.1", port=port, socket_dir=sock, bin_dir=bin_dir)
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(bin_dir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    PG_USER,
                    f"--pwfile={pwfile}",
                    "--auth-local=trust",
                    "--auth-host=scram-sha-256",
                    "-E",
                    "UTF8",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
            env=env,
            timeout=120,
        )
        opts = (
            f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={sock} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB"
        )
        subprocess.run(
            _as_server_user(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    opts,
                    "-l",
                    str(root / "server.log"),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
            env=env,
            timeout=90,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        log = (root / "server.log").read_text() if (root / "server.log").exists() else ""
        detail = getattr(exc, "stderr", b"") or b""
        shutil.rmtree(root, ignore_errors=True)
        _unavailable(
            f"could not start PostgreSQL: {exc} {detail.decode(errors='replace')[-500:]} {log[-500:]}"
        )
    try:
        _load_shop(server, demo_path)
        yield server
    finally:
        subprocess.run(
            _as_server_user(
                [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
            ),
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


SCHEMA = """
CREATE DATABASE shop;
"""

TABLES = """
CREATE SCHEMA sales;
CREATE TABLE regions (region_id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE categories (category_id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE products (product_id integer PRIMARY KEY, name text NOT NULL,
    category_id integer REFERENCES categories (category_id), list_price numeric(10, 2));
CREATE TABLE customers (customer_id integer PRIMARY KEY, name text, segment text,
    region_id integer REFERENCES regions (region_id), signup_date date);
CREATE TABLE sales.orders (order_id integer PRIMARY KEY,
    customer_id integer REFERENCES customers (customer_id), order_date date, channel text, status text);
CREATE TABLE sales.order_lines (line_id integer PRIMARY KEY,
    order_id integer REFERENCES sales.orders (order_id), product_id integer REFERENCES products (product_id),
    quantity integer, unit_price numeric(10, 2), discount double precision, revenue numeric(12, 2));
CREATE VIEW sales.order_totals AS
    SELECT o.order_id, o.order_date, o.channel, sum(l.revenue) AS total
    FROM sales.orders o JOIN sales.order_lines l USING (order_id) GROUP BY 1, 2, 3;
"""

#: rows loaded per table (the first N by key): small enough to load in well under a second.
ORDERS = 6000


def _load_shop(server: PgServer, demo_path: Path) -> None:
    import duckdb
    import psycopg

    with psycopg.connect(
        host=str(server.socket_dir),
        port=server.port,
        user=server.user,
        dbname="postgres",
        autocommit=True,
    ) as con:
        con.execute(SCHEMA)
    src = duckdb.connect(str(demo_path), read_only=True)
    queries = {
        "regions": "SELECT * FROM regions",
        "categories": "SELECT * FROM categories",
        "products": "SELECT * FROM products",
        "customers": "SELECT * FROM customers",
        "sales.orders": f"SELECT * FROM orders WHERE order_id <= {ORDERS}",
        "sales.order_lines": f"SELECT * FROM order_lines WHERE order_id <= {ORDERS}",
    }
    with server.admin() as con:  # type: ignore[attr-defined]
        con.execute(TABLES)
        for table, query in queries.items():
            rows = src.sql(query).fetchall()
            with con.cursor().copy(f"COPY {table} FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        con.execute("ANALYZE")
    src.close()
