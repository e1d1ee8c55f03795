"""Shared fixtures: an isolated cache directory and a demo engine.

The tests mirror the package: ``tests/engine/<stage>/test_<module>.py`` for
``aiser_jupyter/engine/<stage>/<module>.py`` (``test_<module>_<aspect>.py`` for more of one
module; the attack corpora and the sandbox, which cross a stage's modules, are named for
the behaviour), and ``tests/test_<module>.py`` for the adapters at the package's top
(``_magics``, ``_comm``, ``cli``…). ``tests/e2e`` drives a real browser (``-m browser``).
One stage's tests: ``pytest tests/engine/sql``; one module's: ``pytest
tests/engine/sql/test_guard.py``. ``python tests/import_graph.py`` prints the import graph's
cycles and the largest modules and functions (tests/test_architecture.py holds them).

Test modules are imported by path (``--import-mode=importlib``) and import no other test
module; shared code lives beside this file and is imported by name (``pythonpath``):
``needs`` (skip locally, fail in CI), ``pg`` and ``mariadb_server`` (throwaway servers),
``fake_llm`` and ``llm_fixtures`` (a scripted OpenAI-compatible server), ``sql_corpus``
(the corpora in ``tests/corpus``), ``crafted`` (hostile notebooks), ``interrupts`` (a real
SIGINT), ``browser`` (Chromium), ``mcp_client`` (an MCP client), ``pngfile`` (PNG decoding),
``recorded`` (the statements a source runs), ``demo_orders`` (the demo's orders compiled and
run), ``import_graph``.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_fixtures import (  # noqa: F401 - the scripted OpenAI-compatible server and LLM engines
    llm_config,
    llm_engine,
    llm_server,
    make_engine,
)
from mariadb_server import mariadb  # noqa: F401 - the throwaway MariaDB server fixture
from pg import pg_server  # noqa: F401 - the throwaway PostgreSQL server fixture
from spark_server import spark_server  # noqa: F401 - the throwaway Spark Connect server fixture
from sql_corpus import sqlite_demo  # noqa: F401 - a SQLite copy of the demo database

# Every test process uses its own cache (demo DB, metadata store), never the user's.
_CACHE = Path(
    os.environ.setdefault("AISER_CACHE_DIR", str(Path(__file__).parent.parent / ".test-cache"))
)
os.environ.setdefault("AISER_DATA_DIR", str(_CACHE / "data"))
for _var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AISER_MODEL", "AISER_SEMANTIC"):
    os.environ.pop(_var, None)


@pytest.fixture()
def sigint_raises() -> Iterator[None]:
    """Python's own SIGINT handler (KeyboardInterrupt), for tests that interrupt themselves.

    A process started with SIGINT ignored (``( trap '' INT; make test )``, background jobs,
    some CI runners) never gets it installed, and the interrupt would do nothing.
    """
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@pytest.fixture(scope="session")
def demo_path() -> Path:
    from aiser_jupyter.engine.sources.demo import ensure_demo

    return ensure_demo()


@pytest.fixture()
def engine(demo_path: Path) -> Iterator[object]:
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine

    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    yield eng
    eng.close()


@pytest.fixture(scope="session")
def sqlite_shop(tmp_path_factory: pytest.TempPathFactory, demo_path: Path) -> Path:
    """A small SQLite copy of part of the demo (declared FKs), built from the demo DuckDB file."""
    import sqlite3

    import duckdb

    path = tmp_path_factory.mktemp("sqlite") / "shop.sqlite"
    src = duckdb.connect(str(demo_path), read_only=True)
    con = sqlite3.connect(path)
    con.executescript(
        """
        CREATE TABLE regions (region_id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name TEXT, segment TEXT,
            region_id INTEGER REFERENCES regions (region_id), signup_date TEXT);
        CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (customer_id),
            order_date TEXT, channel TEXT, status TEXT, total REAL);
        """
    )
    con.executemany(
        "INSERT INTO regions VALUES (?, ?)", src.sql("SELECT * FROM regions").fetchall()
    )
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?, ?, CAST(? AS TEXT))",
        src.sql(
            "SELECT customer_id, name, segment, region_id, signup_date FROM customers"
        ).fetchall(),
    )
    con.executemany(
        "INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?)",
        src.sql(
            "SELECT o.order_id, o.customer_id, CAST(o.order_date AS VARCHAR), o.channel, o.status, "
            "CAST(SUM(l.revenue) AS DOUBLE) FROM orders o JOIN order_lines l USING (order_id) "
            "WHERE o.order_id <= 5000 GROUP BY ALL"
        ).fetchall(),
    )
    con.commit()
    con.close()
    src.close()
    return path


@pytest.fixture(scope="module")
def shell(demo_path: Path) -> Iterator[object]:
    """A real (isolated) IPython shell with the extension loaded and the rules planner."""
    from IPython.core.interactiveshell import InteractiveShell

    from aiser_jupyter import _kernel

    ip = InteractiveShell.instance()
    ip.run_cell("%load_ext aiser_jupyter", store_history=False)
    ip.run_cell("%config Aiser.planner = 'rules'", store_history=False)
    yield ip
    _kernel.reset()
    InteractiveShell.clear_instance()
