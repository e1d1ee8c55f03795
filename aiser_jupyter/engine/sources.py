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

from ..errors import AiserError, error
from .catalog import Join, Table
from .urls import check_url, looks_like_url, mask_url

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

__all__ = [
    "DuckDBSource",
    "Limits",
    "SQLAlchemySource",
    "Source",
    "check_url",
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


def unique_columns(names: list[str]) -> None:
    """Refuse a result with two columns of the same name: a chart refers to columns by name."""
    seen: set[str] = set()
    for name in names:
        if name in seen:
            msg = f"The query returns more than one column named {name[:80]!r}"
            raise error("AISER-SQL-DUPLICATE", msg)
        seen.add(name)


def _db_error(exc: BaseException) -> AiserError:
    if isinstance(exc, AiserError):
        return exc
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return error("AISER-DB-EXEC", f"The database refused the query: {text[:300]}")


# --------------------------------------------------------------------------- DuckDB
def open_source(alias: str, target: str, *, limits: Limits | None = None) -> Source:
    """Open ``target`` — a URL, a database file, a data file or a folder of data files — as ``alias``.

    URLs are parsed and their driver parameters checked before anything connects;
    a target that is neither a URL nor an existing path is refused without echoing it
    when it looks like a (malformed) URL, which may hold a password.
    """
    validate_alias(alias)
    if "://" in target or re.match(r"^[a-z][a-z0-9+]*:///", target):
        return _open_url(alias, target, limits)
    path = Path(target).expanduser()
    if not path.exists():
        if looks_like_url(target):
            msg = "The source looks like a URL but could not be parsed; write it as scheme://user@host/database"
            raise error("AISER-SRC-SCHEME", msg)
        raise error("AISER-SRC-FILE", f"No file or folder at {target}")
    if path.is_dir() and path.suffix.lower() == ".chdb":
        from .chdb_source import ChdbSource

        return ChdbSource(alias, path, limits=limits)
    if path.is_dir():
        return DuckDBSource(alias, files=data_files(path), limits=limits)
    suffix = path.suffix.lower()
    if suffix in FILE_SUFFIXES:
        return DuckDBSource(alias, files={_table_name(path): path}, limits=limits)
    kind = DB_SUFFIXES.get(suffix) or _sniff(path)
    if kind == "duckdb":
        return DuckDBSource(alias, path, limits=limits)
    if kind == "sqlite":
        from .urls import sqlite_url

        url = sqlite_url(str(path.resolve()))
        return SQLAlchemySource(alias, url, limits=limits, display=str(path))
    raise error("AISER-SRC-FILE", f"{target} is not a CSV, Parquet, JSON, DuckDB or SQLite file")


def _open_url(alias: str, target: str, limits: Limits | None) -> Source:
    scheme = target.split(":", 1)[0].lower()
    if scheme in ("duckdb", "chdb"):
        rest = target.split(":", 1)[1]
        if "?" in rest or "#" in rest:
            msg = f"{scheme}:// URLs take no parameters; give the file or folder only"
            raise error("AISER-SRC-PARAM", msg)
    if scheme == "duckdb":
        location = rest[3:] if rest.startswith("///") else rest.lstrip("/")
        return DuckDBSource(
            alias,
            Path(location) if location and location != ":memory:" else None,
            limits=limits,
        )
    if scheme == "chdb":
        from .chdb_source import ChdbSource, chdb_location

        return ChdbSource(alias, chdb_location(target), limits=limits)
    return SQLAlchemySource(alias, target, limits=limits)


def data_files(folder: Path) -> dict[str, Path]:
    """The folder's CSV, Parquet and JSON files by table name (regular files only).

    A symbolic link that leads out of the folder is refused: a folder someone sent
    you must not chart ``/etc/passwd`` because a link inside it is named ``passwd.csv``.
    """
    root = folder.resolve()
    files: dict[str, Path] = {}
    for entry in sorted(folder.iterdir()):
        if entry.suffix.lower() not in FILE_SUFFIXES:
            continue
        if entry.is_symlink() and not entry.resolve().is_relative_to(root):
            msg = f"{entry.name!r} in {folder} is a link to a file outside the folder"
            raise error("AISER-SRC-LINK", msg)
        if not entry.is_file():  # a folder, a named pipe or a dangling link: nothing to read
            continue
        if any(c in entry.name for c in "*?["):  # DuckDB's readers expand these as a pattern
            msg = f"{entry.name!r} in {folder} has *, ? or [ in its name, which DuckDB reads as a file pattern"
            raise error("AISER-SRC-PATH", msg)
        base = name = _table_name(entry)
        n = 2
        while name in files:
            name, n = f"{base}_{n}", n + 1
        files[name] = entry
    if not files:
        raise error("AISER-SRC-FILE", f"No CSV, Parquet or JSON files in {folder}")
    return files


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
