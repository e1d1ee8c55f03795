"""Named data sources: DuckDB (the embedded default), SQLAlchemy URLs, data files.

A source is referred to by alias. Generated SQL only ever runs through
:meth:`Source.run`, which applies the source's sandbox: a locked-down DuckDB
connection (no external access, no replacement scans, no extension loading), or a
read-only transaction with a server-side timeout for SQLAlchemy databases.
"""

from __future__ import annotations

import re
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from ..errors import AiserError, error
from .catalog import Join, Table

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

__all__ = [
    "DuckDBSource",
    "Limits",
    "SQLAlchemySource",
    "Source",
    "mask_url",
    "open_source",
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
#: URL query parameters that make a driver read files or run code (Metabase CVE-2023-38646 and kin).
REFUSED_PARAMS = {
    "init",
    "local_infile",
    "allowloadlocalinfile",
    "allowurlinlocalinfile",
    "allowlocalinfile",
    "autodeserialize",
    "socketfactory",
    "sslfactory",
    "loggerfile",
    "loggerlevel",
    "sslpasswordcallback",
    "authenticationpluginclassname",
    "queryinterceptors",
    "statementinterceptors",
    "exceptioninterceptors",
    "passfile",
    "service",
    "servicefile",
}
_SECRET_PARAM = re.compile(r"(pass|pwd|secret|token|key|credential|auth|signature|sig)", re.I)
_ALIAS = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")


@dataclass(frozen=True)
class Limits:
    """Resource limits applied to generated SQL."""

    max_rows: int = 10_000
    timeout: float | None = 30.0
    memory_limit: str | None = "4GB"
    threads: int | None = None
    max_bytes: int | None = 256_000_000  #: result size cap (Arrow bytes) -> AISER-DB-TOO-LARGE
    #: called about once a second while a query runs longer than a second, with the percentage
    #: done (DuckDB) or None, and the seconds elapsed
    on_progress: Callable[[float | None, float], None] | None = field(default=None, compare=False)


def mask_url(url: str) -> str:
    """``url`` with the password and any secret-looking query parameter replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "***"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:***@{host}" if ":" in userinfo else f"{user}@{host}"
    query = "&".join(
        f"{k}={'***' if _SECRET_PARAM.search(k) else v}"
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    )
    masked = f"{parts.scheme}://{netloc}{parts.path}" if parts.scheme else parts.path
    return masked + (f"?{query}" if query else "")


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

    @abstractmethod
    def describe(self) -> tuple[list[Table], list[Join]]:
        """Tables with their columns, and the declared foreign keys."""

    @abstractmethod
    def run(self, sql: str, limits: Limits) -> pa.Table:
        """Run trusted or guarded SQL and return at most ``limits.max_rows + 1`` rows."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

    def profile(self, table: Table) -> None:
        """Fill cardinality, ranges and sample values of ``table``'s columns (sampled when big)."""
        from . import profile as _profile

        _profile.profile_table(self, table)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.alias} {self.display}>"


def _call_with_deadline(
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
                _report(on_progress, progress, time.monotonic() - started)
            if deadline is not None and time.monotonic() > deadline and worker.is_alive():
                cancel()
                worker.join(5)
                raise error(
                    "AISER-DB-TIMEOUT", f"The query ran longer than {timeout:g} s and was stopped"
                )
    except KeyboardInterrupt:
        cancel()
        worker.join(5)
        raise error("AISER-DB-CANCELLED", "The query was interrupted") from None
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def _report(
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


def _too_large(nbytes: int, limits: Limits) -> None:
    if limits.max_bytes is not None and nbytes > limits.max_bytes:
        msg = f"The result holds more than {limits.max_bytes:,} bytes"
        raise error("AISER-DB-TOO-LARGE", msg)


def _db_error(exc: BaseException) -> AiserError:
    if isinstance(exc, AiserError):
        return exc
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return error("AISER-DB-EXEC", f"The database refused the query: {text[:300]}")


# --------------------------------------------------------------------------- DuckDB
def check_url(url: str) -> None:
    """Refuse URL schemes we do not support and query parameters that run code or read files."""
    scheme = url.split(":", 1)[0].lower()
    backend = scheme.split("+", 1)[0]
    if backend not in DIALECTS:
        raise error("AISER-SRC-SCHEME", f"The URL scheme {scheme!r} is not supported")
    try:
        query = urlsplit(url).query
    except ValueError:
        raise error("AISER-SRC-SCHEME", "The URL could not be parsed") from None
    for key, _ in parse_qsl(query, keep_blank_values=True):
        if key.lower().replace("-", "_").replace("_", "") in {
            p.replace("_", "") for p in REFUSED_PARAMS
        }:
            raise error("AISER-SRC-PARAM", f"The URL parameter {key!r} is refused")


def open_source(alias: str, target: str, *, limits: Limits | None = None) -> Source:
    """Open ``target`` — a URL, a database file, a data file or a folder of data files — as ``alias``."""
    validate_alias(alias)
    if "://" in target or re.match(r"^[a-z][a-z0-9+]*:///", target):
        scheme = target.split(":", 1)[0].lower()
        if scheme == "duckdb":
            location = (
                target.split("://", 1)[1].lstrip("/")
                if "///" not in target
                else target.split(":///", 1)[1]
            )
            return DuckDBSource(
                alias,
                Path(location) if location and location != ":memory:" else None,
                limits=limits,
            )
        if scheme == "chdb":
            from .chdb_source import ChdbSource, chdb_location

            check_url(target)
            return ChdbSource(alias, chdb_location(target), limits=limits)
        return SQLAlchemySource(alias, target, limits=limits)
    path = Path(target).expanduser()
    if not path.exists():
        raise error("AISER-SRC-FILE", f"No file or folder at {target}")
    if path.is_dir() and path.suffix.lower() == ".chdb":
        from .chdb_source import ChdbSource

        return ChdbSource(alias, path, limits=limits)
    if path.is_dir():
        files = {
            _table_name(p): p for p in sorted(path.iterdir()) if p.suffix.lower() in FILE_SUFFIXES
        }
        if not files:
            raise error("AISER-SRC-FILE", f"No CSV, Parquet or JSON files in {target}")
        return DuckDBSource(alias, files=files, limits=limits)
    suffix = path.suffix.lower()
    if suffix in FILE_SUFFIXES:
        return DuckDBSource(alias, files={_table_name(path): path}, limits=limits)
    kind = DB_SUFFIXES.get(suffix) or _sniff(path)
    if kind == "duckdb":
        return DuckDBSource(alias, path, limits=limits)
    if kind == "sqlite":
        return SQLAlchemySource(alias, f"sqlite:///{path.resolve()}", limits=limits)
    raise error("AISER-SRC-FILE", f"{target} is not a CSV, Parquet, JSON, DuckDB or SQLite file")


def _table_name(path: Path) -> str:
    name = re.sub(r"\W+", "_", path.stem).strip("_").lower() or "data"
    return name if name[0].isalpha() else f"t_{name}"


def _sniff(path: Path) -> str | None:
    with path.open("rb") as handle:
        head = handle.read(16)
    if head.startswith(b"SQLite format 3"):
        return "sqlite"
    with path.open("rb") as handle:
        handle.seek(8)
        if handle.read(4) == b"DUCK":
            return "duckdb"
    return None


def to_duckdb_connection(source: Source) -> duckdb.DuckDBPyConnection | None:
    """The DuckDB connection of ``source`` when it has one (for progress and cancel)."""
    return getattr(source, "con", None)


# The concrete sources live in their own modules; importing them here keeps
# ``from aiser_jupyter.engine.sources import DuckDBSource`` working.
from .duckdb_source import DuckDBSource  # noqa: E402
from .sql_source import SQLAlchemySource  # noqa: E402
