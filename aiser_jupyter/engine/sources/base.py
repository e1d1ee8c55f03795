"""What every source is: a place to run SQL under limits, with the helpers sources share.

Generated SQL only ever runs through :meth:`Source.run`, which applies the source's
sandbox. :func:`call_with_deadline` runs a query in a worker thread so a timeout, the
kernel's interrupt or a caller's :func:`cancellable` event cancels it; :func:`db_error` turns a driver's exception into a coded
refusal; :func:`too_large` and :func:`unique_columns` check a result before it is used.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from ...errors import AiserError, error
from ..catalog.model import Join, Table
from ..config import Limits

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

__all__ = [
    "DB_SUFFIXES",
    "DIALECTS",
    "FILE_SUFFIXES",
    "Source",
    "call_with_deadline",
    "cancellable",
    "db_error",
    "status_progress",
    "to_duckdb_connection",
    "too_large",
    "unique_columns",
    "validate_alias",
]

FILE_SUFFIXES = {
    ".csv": "read_csv_auto",
    ".tsv": "read_csv_auto",
    ".parquet": "read_parquet",
    ".json": "read_json_auto",
    ".jsonl": "read_json_auto",
    ".ndjson": "read_json_auto",
}
DB_SUFFIXES = {
    ".duckdb": "duckdb",
    ".ddb": "duckdb",
    ".db": "sqlite",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
}
#: SQLAlchemy backend name -> sqlglot dialect.
DIALECTS = {
    "duckdb": "duckdb",
    "sqlite": "sqlite",
    "postgresql": "postgres",
    "postgres": "postgres",
    "mysql": "mysql",
    "mariadb": "mysql",
    "clickhouse": "clickhouse",
    "clickhousedb": "clickhouse",
    "chdb": "clickhouse",  # ClickHouse embedded in-process (chdb_source.py), not SQLAlchemy
    "mssql": "tsql",
    "oracle": "oracle",
    "snowflake": "snowflake",
    "bigquery": "bigquery",
    "redshift": "redshift",
    "trino": "trino",
    "databricks": "databricks",
}

_ALIAS = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")


def validate_alias(alias: str) -> str:
    if not _ALIAS.match(alias):
        raise error("AISER-SRC-ALIAS", f"{alias!r} is not a valid source alias")
    return alias


class Source(ABC):
    """A place to run SQL. Subclasses implement describe/run for one kind of backend."""

    alias: str
    dialect: str
    display: str  #: what users see: a masked URL or a path
    notice: str | None = None  #: said once when the source opens (e.g. a weaker sandbox)
    #: factor on the time the catalog's profiling and join checks may take (a cluster that
    #: schedules a job per query is given longer than a local database)
    catalog_patience: float = 1.0

    @abstractmethod
    def describe(self) -> tuple[list[Table], list[Join]]:
        """Tables with their columns, and the declared foreign keys."""

    @abstractmethod
    def run(self, sql: str, limits: Limits) -> pa.Table:
        """Run trusted or guarded SQL and return at most ``limits.max_rows + 1`` rows."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

    def refresh(self) -> bool:
        """Pick up changed data the source reads in place (DataFrames); True when the catalog
        must be rebuilt. Databases keep their catalog until asked to refresh it."""
        return False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.alias} {self.display}>"


#: The event that cancels the queries run in this context (see :func:`cancellable`).
_STOP: ContextVar[threading.Event | None] = ContextVar("aiser_stop", default=None)


@contextmanager
def cancellable(stop: threading.Event) -> Iterator[None]:
    """Queries run in this context are cancelled in the database once ``stop`` is set.

    For callers that wait in another thread than the query (an MCP server's event loop):
    setting ``stop`` does what the kernel's interrupt does — the running query is
    cancelled through the source's own cancel path and ``AISER-DB-CANCELLED`` is raised,
    and a query that would start afterwards is refused before it reaches the database.
    """
    token = _STOP.set(stop)
    try:
        yield
    finally:
        _STOP.reset(token)


def call_with_deadline(
    work: Callable[[], Any],
    cancel: Callable[[], None],
    timeout: float | None,
    limits: Limits | None = None,
    progress: Callable[[], float | None] | None = None,
) -> Any:
    """Run ``work`` in a worker thread; ``cancel`` it on timeout or KeyboardInterrupt.

    Waiting in the main thread keeps the kernel's interrupt (SIGINT) responsive even
    while the database is busy in C code. An interrupted query is never retried.
    After the first second, ``limits.on_progress`` gets ``progress()`` about once a second.
    """
    on_progress = limits.on_progress if limits is not None else None
    stop = _STOP.get()
    if stop is not None and stop.is_set():
        raise error("AISER-DB-CANCELLED", "The query was cancelled before it started")
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=target, name="aiser-query", daemon=True)
    started = time.monotonic()
    deadline = None if timeout is None else started + timeout
    next_report = started + 1.0
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.05)
            if on_progress is not None and time.monotonic() >= next_report and worker.is_alive():
                next_report += 1.0
                report(on_progress, progress, time.monotonic() - started)
            if deadline is not None and time.monotonic() > deadline and worker.is_alive():
                _cancel_until_done(worker, cancel)
                raise error(
                    "AISER-DB-TIMEOUT", f"The query ran longer than {timeout:g} s and was stopped"
                )
            if stop is not None and stop.is_set() and worker.is_alive():
                _cancel_until_done(worker, cancel)
                raise error("AISER-DB-CANCELLED", "The query was cancelled")
    except KeyboardInterrupt:
        _cancel_until_done(worker, cancel)
        raise error("AISER-DB-CANCELLED", "The query was interrupted") from None
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def _cancel_until_done(worker: threading.Thread, cancel: Callable[[], None]) -> None:
    """Cancel again until the query ends (at most 5 s): a cancel that lands between a
    query's statements, or before the database started it, would otherwise be lost."""
    until = time.monotonic() + 5
    while True:
        with contextlib.suppress(Exception):
            cancel()
        worker.join(0.5)
        if not worker.is_alive() or time.monotonic() > until:
            return


def report(
    on_progress: Callable[[float | None, float], None],
    progress: Callable[[], float | None] | None,
    elapsed: float,
) -> None:
    try:
        done = progress() if progress is not None else None
        on_progress(done if done is None or done >= 0 else None, elapsed)
    except Exception:
        pass


def status_progress(on_status: Callable[[str], None]) -> Callable[[float | None, float], None]:
    """An ``on_progress`` callback that reports ``querying 42%`` (or ``querying 3 s``) to ``on_status``."""

    def report(done: float | None, elapsed: float) -> None:
        on_status(f"querying {done:.0f}%" if done is not None else f"querying {elapsed:.0f} s")

    return report


def too_large(nbytes: int, limits: Limits) -> None:
    if limits.max_bytes is not None and nbytes > limits.max_bytes:
        msg = f"The result holds more than {limits.max_bytes:,} bytes"
        raise error("AISER-DB-TOO-LARGE", msg)


def unique_columns(names: list[str]) -> None:
    """Refuse a result with two columns of the same name: a chart refers to columns by name."""
    seen: set[str] = set()
    for name in names:
        if name in seen:
            msg = f"The query returns more than one column named {name[:80]!r}"
            raise error("AISER-SQL-DUPLICATE", msg)
        seen.add(name)


def db_error(exc: BaseException) -> AiserError:
    if isinstance(exc, AiserError):
        return exc
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return error("AISER-DB-EXEC", f"The database refused the query: {text[:300]}")


# --------------------------------------------------------------------------- DuckDB
def to_duckdb_connection(source: Source) -> duckdb.DuckDBPyConnection | None:
    """The DuckDB connection of ``source`` when it has one (for progress and cancel)."""
    return getattr(source, "con", None)


#: a database comment longer than this is cut: it documents a name, it is no document
COMMENT_CHARS = 500


def db_comment(text: object) -> str | None:
    """A table's or column's comment as stored in the database (``COMMENT ON``), its spaces
    collapsed and cut at :data:`COMMENT_CHARS`; None when there is none."""
    if not isinstance(text, str):
        return None
    clean = " ".join(text.split())
    if not clean:
        return None
    return clean if len(clean) <= COMMENT_CHARS else clean[: COMMENT_CHARS - 1] + "…"
