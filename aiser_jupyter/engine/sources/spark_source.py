"""Spark through Spark Connect (``pip install 'aiser-jupyter[spark]'``).

Entry: ``open_source(alias, "sc://host:15002/;token=${SPARK_TOKEN}")`` (see
:mod:`.spark_url` for the URL). Each source opens its own server-side session with
pyspark's Spark Connect client; the tables of the session's current database are
the catalog (Spark declares no keys: joins are inferred and checked on the data).

The boundary is mostly the guard. A Spark Connect server has no read-only mode: a
session can run DDL, write tables and — through ``reflect``/``java_method`` and
``TRANSFORM … USING`` — call the JVM and run programs as the server's user, as far as
the server's own permissions allow. Generated SQL reaches the server only after the
guard (one SELECT over the catalog's tables, Spark's analytic functions only); the
session then closes what a setting can close:

- ``spark.sql.runSQLOnFiles=false``: no ``parquet.`/path``` tables that read files;
- ``spark.sql.variable.substitute=false``: ``${env:…}`` and ``${system:…}`` are not
  replaced by the server's environment variables and JVM properties.

Every query carries an operation tag: a timeout or the kernel's interrupt cancels it
with ``interruptTag`` from the waiting thread. Rows are capped on the server
(``LIMIT``), bytes after the Arrow transfer; the server's progress reports give the
percentage done. What a server enforces, and the rights to give the user, is in the
README.
"""

from __future__ import annotations

import atexit
import contextlib
import uuid
import weakref
from typing import TYPE_CHECKING, Any

from ...errors import AiserError, error
from ..catalog.model import Column, Join, Table
from ..config import Limits
from .base import (
    Source,
    call_with_deadline,
    db_comment,
    db_error,
    too_large,
    unique_columns,
    validate_alias,
)
from .spark_url import SparkTarget, parse_spark_url

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["SESSION_SETTINGS", "SparkSource"]

#: runtime settings of every session this source opens (see the module docstring)
SESSION_SETTINGS = {
    "spark.sql.runSQLOnFiles": "false",
    "spark.sql.variable.substitute": "false",
}
#: sources not closed yet: a Spark Connect session still open when Python exits stalls the
#: exit (pyspark closes it while the interpreter tears down), so they are closed first
_OPEN: weakref.WeakSet[SparkSource] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    for source in list(_OPEN):
        source.close()


def _connect_error(target: SparkTarget, exc: BaseException) -> AiserError:
    status = getattr(exc, "getGrpcStatusCode", lambda: None)()
    name = getattr(status, "name", "")
    where = f"{target.host}:{target.port}"
    if name == "UNAUTHENTICATED" or "authentication token" in str(exc):
        msg = f"The Spark Connect server at {where} refused the token"
    elif name == "UNAVAILABLE" or "RETRIES_EXCEEDED" in str(exc):
        msg = f"Could not reach a Spark Connect server at {where}"
    else:
        text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        msg = f"Could not open a Spark Connect session at {where}: {text}"
    return error("AISER-SRC-CONNECT", msg)


def _session(target: SparkTarget) -> Any:
    """A new server-side session; the process's default pyspark session is left alone."""
    import warnings

    try:
        with warnings.catch_warnings():  # "PySpark does not yet fully support pandas >= 3.0.0"
            warnings.simplefilter("ignore", FutureWarning)
            from pyspark.sql.connect.client import DefaultChannelBuilder
            from pyspark.sql.connect.client.retries import DefaultPolicy
            from pyspark.sql.connect.session import SparkSession
    except ImportError as exc:
        msg = f"pyspark's Spark Connect client is not installed ({exc.name}): pip install 'aiser-jupyter[spark]'"
        raise error("AISER-SRC-DRIVER", msg) from None
    _quiet()

    class Channel(DefaultChannelBuilder):
        @property
        def token(self) -> str | None:  # the URL's token only, never the environment's
            return target.token

    session = SparkSession(connection=Channel(target.client_url()))
    # a lost or unreachable server shows after a few quick retries, not pyspark's ten minutes
    retries = DefaultPolicy(max_retries=3, initial_backoff=200, max_backoff=2000)
    session.client.set_retry_policies([retries])
    return session


def _quiet() -> None:
    """pyspark logs every server error with its JVM stack trace and warns when its retries run
    out; the coded error says enough."""
    import logging
    import warnings

    from pyspark.logger import PySparkLogger

    warnings.filterwarnings("ignore", r"\[RETRIES_EXCEEDED\]", UserWarning, r"pyspark\.")

    for name in ("SQLQueryContextLogger", "DataFrameQueryContextLogger"):
        PySparkLogger.getLogger(name).setLevel(logging.CRITICAL + 10)


class SparkSource(Source):
    """The current database of a Spark Connect server; generated SQL runs after the guard."""

    dialect = "spark"
    #: every query is a Spark job (about a second each on a warm server; the first ones on a
    #: cold JVM take tens of seconds): the catalog's 30 s profile would time out and leave
    #: the tables unprofiled, so charts would not know to bin or reduce
    catalog_patience = 4.0

    def __init__(self, alias: str, url: str, *, limits: Limits | None = None) -> None:
        self.alias = validate_alias(alias)
        self.target = parse_spark_url(url)
        self.display = self.target.display
        self._progress: tuple[int, int] | None = None  #: (tasks done, tasks) of the query running
        self._timezone: str | None = None
        self.refused: dict[str, str] = {}  #: views left out of the catalog: why
        self.spark = _session(self.target)
        try:
            conf = self.spark.conf
            for key, value in SESSION_SETTINGS.items():
                conf.set(key, value)
            if self.target.catalog:
                self.spark.catalog.setCurrentCatalog(self.target.catalog)
            if self.target.database:
                self.spark.catalog.setCurrentDatabase(self.target.database)
            self._timezone = conf.get("spark.sql.session.timeZone")
            self.notice = self._empty_notice()
        except Exception as exc:
            self.close()
            if self.target.database and "SCHEMA_NOT_FOUND" in str(exc):
                msg = f"The Spark catalog has no database {self.target.database!r}"
                raise error("AISER-SRC-CONNECT", msg) from None
            raise _connect_error(self.target, exc) from None
        self.spark.registerProgressHandler(self._on_progress)
        _OPEN.add(self)

    def _empty_notice(self) -> str | None:
        """When the opened database has no tables: which databases the server has."""
        catalog = self.spark.catalog
        if catalog.listTables():
            return None
        current = catalog.currentDatabase()
        others = sorted(d.name for d in catalog.listDatabases() if d.name != current)
        where = ", ".join(others[:20]) + (", …" if len(others) > 20 else "")
        return (
            f"The Spark database {current!r} has no tables; "
            + (f"this server's other databases: {where} — " if others else "")
            + "open one with ;database=NAME in the sc:// URL."
        )

    def _on_progress(self, stages: Any, inflight_tasks: int, operation_id: Any, done: bool) -> None:
        tasks = sum(s.num_tasks for s in stages or [])
        finished = sum(s.num_completed_tasks for s in stages or [])
        self._progress = (finished, tasks)

    def _percent(self) -> float | None:
        if self._progress is None or not self._progress[1]:
            return None
        return 100.0 * self._progress[0] / self._progress[1]

    # ---------------------------------------------------------------- catalog
    def describe(self) -> tuple[list[Table], list[Join]]:
        try:
            listed = [t for t in self.spark.catalog.listTables() if not t.isTemporary]
            views = {t.name: self._view_sql(t.name) for t in listed if t.tableType == "VIEW"}
            plain = [t.name for t in listed if t.tableType != "VIEW"]
            self.refused = self._refused(views, plain)
            tables = [
                Table(
                    name=t.name,
                    columns=self._columns(t.name),
                    kind="view" if t.tableType == "VIEW" else "table",
                    comment=db_comment(t.description),
                )
                for t in listed
                if t.name not in self.refused
            ]
        except AiserError:
            raise
        except Exception as exc:
            msg = f"Could not read the catalog of {self.display}: {_first_line(exc)}"
            raise error("AISER-SRC-CONNECT", msg) from None
        return (
            tables,
            [],
        )  # Spark declares no keys (Unity Catalog's informational ones are not read)

    def _columns(self, table: str) -> list[Column]:
        return [
            Column(
                name=c.name,
                type=str(c.dataType).upper(),
                nullable=bool(c.nullable),
                comment=db_comment(c.description),
            )
            for c in self.spark.catalog.listColumns(_quoted(table))
        ]

    def _view_sql(self, view: str) -> str | None:
        """A view's stored SQL (``DESCRIBE TABLE EXTENDED``'s ``View Text``), None when hidden."""
        rows = self.spark.sql(f"DESCRIBE TABLE EXTENDED {_quoted(view)}").collect()
        return next((str(r[1]) for r in rows if str(r[0]).strip() == "View Text"), None)

    def _refused(self, views: dict[str, str | None], tables: list[str]) -> dict[str, str]:
        """Views whose stored SQL the guard refuses (they read files, call the JVM, …).

        No check for functions that shadow built-ins: Spark resolves a bare name to a
        built-in (or this session's temporary functions, of which there are none) before
        the catalog's persistent functions.
        """
        from .stored import refused_views

        database = (self.spark.catalog.currentDatabase() or "").lower() if views else ""
        return refused_views(views, tables, "spark", local=lambda db, name: db.lower() == database)

    # ---------------------------------------------------------------- queries
    def run(self, sql: str, limits: Limits) -> pa.Table:
        import pyarrow as pa

        tag = f"aiser-{uuid.uuid4().hex}"
        self._progress = None

        def work() -> pa.Table:
            self.spark.addTag(tag)  # tags are per thread: set in the thread that runs the query
            try:
                table = self.spark.sql(sql).limit(limits.max_rows + 1).toArrow()
            finally:
                self.spark.removeTag(tag)
            unique_columns(table.column_names)
            too_large(table.nbytes, limits)
            return self._wall_clock(table)

        def cancel() -> None:
            with contextlib.suppress(Exception):
                self.spark.interruptTag(tag)

        try:
            return call_with_deadline(work, cancel, limits.timeout, limits, self._percent)
        except AiserError:
            raise
        except Exception as exc:
            condition = getattr(exc, "getCondition", lambda: None)()
            if condition == "OPERATION_CANCELED":
                raise error("AISER-DB-CANCELLED", "The query was interrupted") from None
            status = getattr(getattr(exc, "getGrpcStatusCode", lambda: None)(), "name", "")
            if status in ("UNAVAILABLE", "UNAUTHENTICATED") or "RETRIES_EXCEEDED" in str(exc):
                raise _connect_error(self.target, exc) from None
            if isinstance(exc, pa.ArrowException):
                raise db_error(exc) from None
            raise error(
                "AISER-DB-EXEC", f"The database refused the query: {_first_line(exc)}"
            ) from None

    def _wall_clock(self, table: pa.Table) -> pa.Table:
        """Spark's TIMESTAMP values as the wall-clock times the session shows (its time zone).

        The client hands them over as UTC instants; ``TIMESTAMP_NTZ`` comes without a zone
        and stays as it is.
        """
        import pyarrow as pa
        import pyarrow.compute as pc

        for i, f in enumerate(table.schema):
            if pa.types.is_timestamp(f.type) and f.type.tz is not None:
                column = table.column(i).cast(pa.timestamp(f.type.unit, self._timezone or "UTC"))
                table = table.set_column(i, f.name, pc.local_timestamp(column))
        return table

    def close(self) -> None:
        _OPEN.discard(self)
        spark = getattr(self, "spark", None)
        if spark is not None:
            with contextlib.suppress(Exception):
                spark.clearProgressHandlers()
            with contextlib.suppress(Exception):
                spark.stop()


def _quoted(name: str) -> str:
    """``name`` as one Spark identifier (backticks, an inner backtick doubled)."""
    from sqlglot import exp

    return str(exp.to_identifier(name, quoted=True).sql("spark"))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__
