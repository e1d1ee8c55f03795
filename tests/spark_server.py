"""A throwaway Spark Connect server for the tests (the pyspark wheel's own jars, a JVM, loopback).

``spark_server`` (session scope) starts ``SparkConnectServer`` with the wheel's
``spark-submit`` as a child process on 127.0.0.1 (a free port, its warehouse, scratch
and Derby folders in a temp dir, a token required), writes a ``sales`` table of
:data:`ROWS` rows and a small ``regions`` table as Parquet with pyarrow (the same
files DuckDB reads for the comparisons), registers them on the server, and stops the
JVM at the end. It starts only when a test asks for it, once per test session.
Without Java or pyspark the tests are skipped — except in CI (``CI=true``), where a
missing one is a failure.

:func:`start` and :func:`stop` are also what ``bench/run.py`` uses.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from needs import unavailable

#: The server's token: a canary that must never show up in any output.
TOKEN = "SparkCanaryTok-9f3a61"
ROWS = 1_000_000
REGIONS = ["north", "south", "east", "west", "central"]
PRODUCTS = 120  #: more than the 50 bars a chart shows before the rest become "Other"
SERVER_CLASS = "org.apache.spark.sql.connect.service.SparkConnectServer"


@dataclass(frozen=True)
class SparkServer:
    port: int
    root: Path  #: the temp dir: data files, warehouse, server log
    token: str = TOKEN

    def url(self, *, token: str | None = None) -> str:
        """The ``sc://`` URL of the server (``token`` overrides the real one)."""
        return f"sc://localhost:{self.port}/;token={token or self.token}"

    @property
    def data(self) -> Path:
        """The folder of the Parquet files the server's tables read (DuckDB opens it too)."""
        return self.root / "data"


def quiet_pyspark() -> None:
    """Silence pyspark's pandas-3 warning and its error logging (a JVM stack trace per error)."""
    warnings.filterwarnings("ignore", message=".*PySpark.*pandas", category=FutureWarning)
    from pyspark.logger import PySparkLogger

    for name in ("SQLQueryContextLogger", "DataFrameQueryContextLogger"):
        PySparkLogger.getLogger(name).setLevel(logging.CRITICAL + 10)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(
    root: Path, *, token: str = TOKEN, memory: str = "1g"
) -> tuple[subprocess.Popen[bytes], int]:
    """Start a Spark Connect server in ``root``; return the process and its port once it listens."""
    import pyspark

    home = Path(pyspark.__file__).parent
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SPARK_", "PYSPARK_"))}
    env |= {
        "SPARK_HOME": str(home),
        "SPARK_LOCAL_IP": "127.0.0.1",
        "SPARK_CONNECT_AUTHENTICATE_TOKEN": token,
    }
    (root / "local").mkdir(parents=True, exist_ok=True)
    confs = {
        "spark.connect.grpc.binding.address": "127.0.0.1",
        "spark.connect.grpc.binding.port": str(port),
        "spark.sql.warehouse.dir": str(root / "warehouse"),
        "spark.local.dir": str(root / "local"),
        "spark.ui.enabled": "false",
        "spark.sql.shuffle.partitions": "4",
        "spark.sql.session.timeZone": "UTC",
        # what the README tells operators: reflect/java_method may call no method at all
        "spark.sql.reflect.allowList": "^$",
        "spark.driver.extraJavaOptions": f"-Dderby.system.home={root / 'derby'}",
    }
    cmd = [str(home / "bin" / "spark-submit"), "--class", SERVER_CLASS, "--name", "aiser-test"]
    cmd += ["--master", "local[2]", "--driver-memory", memory]
    for key, value in confs.items():
        cmd += ["--conf", f"{key}={value}"]
    cmd.append("spark-internal")
    with (root / "server.log").open("wb") as log:
        # its own session: the JVM (spark-submit execs java) is stopped by its process group
        proc = subprocess.Popen(
            cmd,
            env=env,
            cwd=root,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = (root / "server.log").read_text(errors="replace")[-800:]
            msg = f"the Spark Connect server exited with {proc.returncode}: {tail}"
            raise RuntimeError(msg)
        with socket.socket() as s:
            s.settimeout(0.5)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc, port
        time.sleep(0.2)
    stop(proc)
    msg = "the Spark Connect server did not listen within 180 s"
    raise RuntimeError(msg)


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop the server's JVM (SIGTERM to its process group, SIGKILL after 20 s)."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass


def write_data(folder: Path, rows: int = ROWS) -> None:
    """``sales.parquet`` (``rows`` rows, every ``ts`` and ``id`` distinct) and ``regions.parquet``."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    seconds = rng.permutation(rows).astype("int64") * 29 + rng.integers(0, 29, rows)
    start_ts = np.datetime64("2023-01-01T00:00:00", "us")
    region_id = rng.integers(1, len(REGIONS) + 1, rows).astype("int32")
    product = np.array([f"product_{i:03d}" for i in range(PRODUCTS)])[
        np.minimum(rng.geometric(0.03, rows) - 1, PRODUCTS - 1)
    ]
    channel = np.array(["web", "store", "phone"])[rng.integers(0, 3, rows)]
    sales = pa.table(
        {
            "id": pa.array(np.arange(rows, dtype="int64")),
            "ts": pa.array(start_ts + seconds.astype("timedelta64[s]")),
            "region_id": pa.array(region_id),
            "product": pa.array(product),
            "channel": pa.array(channel),
            "amount": pa.array(np.round(rng.gamma(2.0, 60.0, rows), 2)),
            "qty": pa.array(rng.integers(1, 40, rows).astype("int64")),
        }
    )
    pq.write_table(sales, folder / "sales.parquet", row_group_size=250_000)
    regions = pa.table(
        {
            "region_id": pa.array(np.arange(1, len(REGIONS) + 1, dtype="int32")),
            "region": pa.array(REGIONS),
        }
    )
    pq.write_table(regions, folder / "regions.parquet")


def register(session: Any, folder: Path) -> None:
    """The Parquet files of ``folder`` as external tables of the server's default database."""
    for path in sorted(folder.glob("*.parquet")):
        literal = "'" + str(path).replace("\\", "\\\\").replace("'", "\\'") + "'"
        session.sql(f"CREATE TABLE IF NOT EXISTS {path.stem} USING parquet LOCATION {literal}")


def admin_session(port: int, token: str = TOKEN) -> Any:
    """A plain pyspark session on the server (trusted test code: loads data, checks results)."""
    from pyspark.sql import SparkSession

    return SparkSession.builder.remote(f"sc://localhost:{port}/;token={token}").create()


@pytest.fixture(scope="session")
def spark_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparkServer]:
    """A running Spark Connect server with the ``sales`` and ``regions`` tables (see module docstring)."""
    if shutil.which("java") is None:
        unavailable("Spark: Java is not installed (apt-get install openjdk-17-jre-headless)")
    warnings.filterwarnings("ignore", message=".*PySpark.*pandas", category=FutureWarning)
    try:
        import pyspark.sql.connect.session  # noqa: F401
    except ImportError as exc:
        unavailable(
            f"Spark: pyspark[connect] is not installed ({exc.name}): pip install 'aiser-jupyter[spark]'"
        )
    quiet_pyspark()
    root = Path(tempfile.mkdtemp(prefix="aiser-spark-"))
    try:
        proc, port = start(root)
    except (RuntimeError, OSError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        unavailable(f"Spark: could not start a Spark Connect server: {exc}")
    try:
        server = SparkServer(port=port, root=root)
        write_data(server.data)
        session = admin_session(port)
        register(session, server.data)
        session.stop()
        yield server
    finally:
        stop(proc)
        shutil.rmtree(root, ignore_errors=True)
