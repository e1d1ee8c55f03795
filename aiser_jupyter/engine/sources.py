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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from ..errors import AiserError, error
from .catalog import Column, Join, Table

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

FILE_SUFFIXES = {".csv": "read_csv_auto", ".tsv": "read_csv_auto", ".parquet": "read_parquet",
                 ".json": "read_json_auto", ".jsonl": "read_json_auto", ".ndjson": "read_json_auto"}
DB_SUFFIXES = {".duckdb": "duckdb", ".ddb": "duckdb", ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite"}
#: SQLAlchemy backend name -> sqlglot dialect.
DIALECTS = {
    "duckdb": "duckdb", "sqlite": "sqlite", "postgresql": "postgres", "postgres": "postgres",
    "mysql": "mysql", "mariadb": "mysql", "clickhouse": "clickhouse", "clickhousedb": "clickhouse",
    "mssql": "tsql", "oracle": "oracle", "snowflake": "snowflake", "bigquery": "bigquery",
    "redshift": "redshift", "trino": "trino", "databricks": "databricks",
}
#: URL query parameters that make a driver read files or run code (Metabase CVE-2023-38646 and kin).
REFUSED_PARAMS = {
    "init", "local_infile", "allowloadlocalinfile", "allowurlinlocalinfile", "allowlocalinfile",
    "autodeserialize", "socketfactory", "sslfactory", "loggerfile", "loggerlevel",
    "sslpasswordcallback", "authenticationpluginclassname", "queryinterceptors",
    "statementinterceptors", "exceptioninterceptors", "passfile", "service", "servicefile",
}
_SECRET_PARAM = re.compile(r"(pass|pwd|secret|token|key|credential|auth|signature|sig)", re.I)
#: sandboxed DuckDB connections per database file: (connection, lock, number of sources using it)
_SHARED: dict[str, tuple[Any, threading.Lock, int]] = {}
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
        f"{k}={'***' if _SECRET_PARAM.search(k) else v}" for k, v in parse_qsl(parts.query, keep_blank_values=True)
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


def _call_with_deadline(work: Callable[[], Any], cancel: Callable[[], None], timeout: float | None,
                        limits: Limits | None = None, progress: Callable[[], float | None] | None = None) -> Any:
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
                raise error("AISER-DB-TIMEOUT", f"The query ran longer than {timeout:g} s and was stopped")
    except KeyboardInterrupt:
        cancel()
        worker.join(5)
        raise error("AISER-DB-CANCELLED", "The query was interrupted") from None
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def _report(on_progress: Callable[[float | None, float], None], progress: Callable[[], float | None] | None,
            elapsed: float) -> None:
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
class DuckDBSource(Source):
    """An embedded DuckDB database file, or in-memory views over data files.

    The connection is sandboxed once it is set up: trusted code first attaches the
    files the user named, then external access, replacement scans and extension
    loading are switched off and the configuration is locked.
    """

    dialect = "duckdb"

    def __init__(self, alias: str, path: str | Path | None = None, *, files: dict[str, Path] | None = None,
                 limits: Limits | None = None) -> None:
        import duckdb

        self.alias = validate_alias(alias)
        self.path = None if path is None else Path(path)
        self.display = str(self.path) if self.path else ", ".join(str(p) for p in (files or {}).values()) or ":memory:"
        key = str(self.path.resolve()) if self.path is not None else None
        if key is not None and key in _SHARED:
            # DuckDB keeps one database instance per file and process, and its configuration is
            # locked by the first sandbox: share that sandboxed connection instead of a new one.
            self.con, self._lock, users = _SHARED[key]
            _SHARED[key] = (self.con, self._lock, users + 1)
            self._key = key
            return
        self._lock = threading.Lock()
        try:
            if self.path is not None:
                if not self.path.exists():
                    raise error("AISER-SRC-FILE", f"No DuckDB file at {self.path}")
                self.con = duckdb.connect(str(self.path), read_only=True)
            else:
                self.con = duckdb.connect(":memory:")
        except duckdb.Error as exc:
            raise error("AISER-SRC-CONNECT", f"Could not open DuckDB database {self.display}: {exc}") from None
        for name, file in (files or {}).items():
            reader = FILE_SUFFIXES[file.suffix.lower()]
            literal = str(file.resolve()).replace("'", "''")
            self.con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM {reader}(\'{literal}\')')
        self._sandbox(limits or Limits(), [str(p.resolve()) for p in (files or {}).values()])
        self._key = key
        if key is not None:
            _SHARED[key] = (self.con, self._lock, 1)

    def _sandbox(self, limits: Limits, allowed: list[str]) -> None:
        settings = []
        if allowed:
            settings.append(f"SET allowed_paths = [{', '.join(repr(p) for p in allowed)}]")
        settings += [
            "SET enable_external_access = false",
            "SET autoinstall_known_extensions = false",
            "SET autoload_known_extensions = false",
            "SET python_enable_replacements = false",
        ]
        if limits.memory_limit:
            settings.append(f"SET memory_limit = '{limits.memory_limit}'")
        if limits.threads:
            settings.append(f"SET threads = {int(limits.threads)}")
        settings.append("SET lock_configuration = true")
        for statement in settings:
            self.con.execute(statement)

    def describe(self) -> tuple[list[Table], list[Join]]:
        rows = self.run(
            "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, t.table_type "
            "FROM information_schema.columns c JOIN information_schema.tables t "
            "ON c.table_schema = t.table_schema AND c.table_name = t.table_name "
            "WHERE c.table_schema = 'main' ORDER BY c.table_name, c.ordinal_position",
            Limits(max_rows=1_000_000, timeout=60),
        ).to_pylist()
        keys = self.run(
            "SELECT table_name, constraint_type, constraint_column_names, referenced_table, "
            "referenced_column_names FROM duckdb_constraints() WHERE schema_name = 'main' "
            "AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')",
            Limits(max_rows=1_000_000, timeout=60),
        ).to_pylist()
        pks = {(k["table_name"].lower(), c.lower()) for k in keys if k["constraint_type"] == "PRIMARY KEY"
               for c in k["constraint_column_names"]}
        tables: dict[str, Table] = {}
        for r in rows:
            table = tables.setdefault(r["table_name"], Table(
                name=r["table_name"], columns=[], kind="view" if "VIEW" in r["table_type"] else "table"))
            table.columns.append(Column(
                name=r["column_name"], type=str(r["data_type"]).upper(), nullable=r["is_nullable"] == "YES",
                primary_key=(r["table_name"].lower(), r["column_name"].lower()) in pks))
        joins = [
            Join(table=k["table_name"], column=col, ref_table=k["referenced_table"], ref_column=ref)
            for k in keys if k["constraint_type"] == "FOREIGN KEY"
            for col, ref in zip(k["constraint_column_names"], k["referenced_column_names"], strict=False)
        ]
        return list(tables.values()), joins

    def run(self, sql: str, limits: Limits) -> pa.Table:
        import duckdb
        import pyarrow as pa

        def work() -> pa.Table:
            with self._lock:
                reader = self.con.sql(sql).arrow()
                batches, count, nbytes = [], 0, 0
                for batch in reader:
                    batches.append(batch)
                    count += batch.num_rows
                    nbytes += batch.nbytes
                    _too_large(nbytes, limits)
                    if count > limits.max_rows:
                        break
                table = pa.Table.from_batches(batches, schema=reader.schema)
                return table.slice(0, limits.max_rows + 1)

        try:
            return _call_with_deadline(work, self.con.interrupt, limits.timeout,  # type: ignore[no-any-return]
                                       limits, self._progress)
        except (duckdb.Error, pa.ArrowException, AiserError) as exc:
            if isinstance(exc, duckdb.InterruptException):
                raise error("AISER-DB-CANCELLED", "The query was interrupted") from None
            raise _db_error(exc) from None

    def _progress(self) -> float | None:
        done = self.con.query_progress()
        return None if done is None or done < 0 else float(done)

    def close(self) -> None:
        key = getattr(self, "_key", None)
        if key is not None and key in _SHARED:
            con, lock, users = _SHARED[key]
            if users > 1:
                _SHARED[key] = (con, lock, users - 1)
                return
            del _SHARED[key]
        self.con.close()


# --------------------------------------------------------------------------- SQLAlchemy
class SQLAlchemySource(Source):
    """Any database SQLAlchemy can reach; generated SQL runs in a read-only transaction."""

    def __init__(self, alias: str, url: str, *, limits: Limits | None = None) -> None:
        import sqlalchemy as sa

        self.alias = validate_alias(alias)
        self.display = mask_url(url)
        check_url(url)
        from . import servers

        try:
            self.url = servers.default_driver(sa.engine.make_url(url))
        except sa.exc.ArgumentError:
            raise error("AISER-SRC-SCHEME", f"{self.display} is not a database URL") from None
        self._schemas: list[str] | None = None  #: PostgreSQL: the schemas the catalog reads
        backend = self.url.get_backend_name()
        self.dialect = DIALECTS.get(backend, backend)
        try:
            self.engine = sa.create_engine(self.url, pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise error("AISER-SRC-DRIVER", f"The driver for {backend} is not installed: pip install {exc.name}") from None
        except sa.exc.SQLAlchemyError as exc:
            raise error("AISER-SRC-CONNECT", f"Could not open {self.display}: {type(exc).__name__}") from None
        if self.dialect == "sqlite":
            self._sqlite_read_only()

    def _sqlite_read_only(self) -> None:
        import sqlite3

        from sqlalchemy import event

        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_con: Any, _record: Any) -> None:
            dbapi_con.execute("PRAGMA query_only = ON")
            dbapi_con.execute("PRAGMA trusted_schema = OFF")
            # query_only alone can be switched off by a PRAGMA, persists on pooled
            # connections and does not stop ATTACH from creating files: authorize reads only.
            dbapi_con.set_authorizer(_sqlite_authorizer)
            # randomblob(1e9) and kin allocate in one uninterruptible call: cap value sizes.
            if hasattr(dbapi_con, "setlimit"):  # Python >= 3.11
                dbapi_con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 64_000_000)

    @contextmanager
    def _read_only(self, timeout: float | None) -> Iterator[Any]:
        import sqlalchemy as sa

        try:
            con = self.engine.connect()
        except sa.exc.SQLAlchemyError as exc:
            raise error("AISER-SRC-CONNECT", f"Could not connect to {self.display}: {type(exc).__name__}") from None
        from . import servers

        try:
            transaction = con.begin()
            try:
                if self.dialect == "postgres" and self._schemas is None:
                    self._schemas = servers.user_schemas(con)
                servers.begin_read_only(con, self.dialect, timeout, self._schemas)
                yield con
            finally:
                # nothing to commit: rolling back also undoes any session SET that ran
                transaction.rollback()
        finally:
            con.close()

    def describe(self) -> tuple[list[Table], list[Join]]:
        import sqlalchemy as sa

        from . import servers

        try:
            inspector = sa.inspect(self.engine)
            if self.dialect == "postgres":
                # Tables of every readable schema appear under their plain name (the guard allows
                # no qualified names); on a clash the earlier schema (public first) wins.
                with self.engine.connect() as con:
                    self._schemas = servers.user_schemas(con)
            schemas: list[str | None] = list(self._schemas or []) or [None]
            tables, joins, seen = [], [], {}
            for schema in schemas:
                names = [(n, "table") for n in inspector.get_table_names(schema=schema)]
                names += [(n, "view") for n in inspector.get_view_names(schema=schema)]
                for name, kind in names:
                    if name.lower() in seen:
                        continue
                    seen[name.lower()] = schema or inspector.default_schema_name
                    pk = {c.lower() for c in (inspector.get_pk_constraint(name, schema=schema) or {}).get("constrained_columns") or []}
                    columns = [
                        Column(name=c["name"], type=str(c["type"]).upper() if not isinstance(c["type"], sa.types.NullType) else "",
                               nullable=bool(c.get("nullable", True)), primary_key=c["name"].lower() in pk)
                        for c in inspector.get_columns(name, schema=schema)
                    ]
                    tables.append(Table(name=name, columns=columns, kind=kind))  # type: ignore[arg-type]
                    if kind != "table":
                        continue
                    for fk in inspector.get_foreign_keys(name, schema=schema):
                        ref_schema = fk.get("referred_schema") or inspector.default_schema_name
                        if not fk.get("referred_table") or seen.get(fk["referred_table"].lower(), ref_schema) != ref_schema:
                            continue
                        for own_col, ref_col in zip(fk["constrained_columns"], fk["referred_columns"], strict=False):
                            joins.append(Join(table=name, column=own_col, ref_table=fk["referred_table"], ref_column=ref_col))
        except sa.exc.SQLAlchemyError as exc:
            raise error("AISER-SRC-CONNECT", f"Could not read the schema of {self.display}: {type(exc).__name__}") from None
        known = {t.name.lower(): t for t in tables}
        joins = [j for j in joins if j.ref_table.lower() in known]
        # Spider-style schemas declare FKs to columns with different case; normalise to real names.
        for j in joins:
            ref = known[j.ref_table.lower()]
            j.ref_table = ref.name
            if (col := ref.column(j.ref_column)) is not None:
                j.ref_column = col.name
        return tables, joins

    def run(self, sql: str, limits: Limits) -> pa.Table:
        import pyarrow as pa
        import sqlalchemy as sa

        from . import servers

        holder: dict[str, Any] = {}

        def work() -> pa.Table:
            with self._read_only(limits.timeout) as con:
                raw = con.connection.dbapi_connection
                holder["raw"] = raw
                if self.dialect == "sqlite" and limits.timeout:
                    deadline = time.monotonic() + limits.timeout
                    raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
                try:
                    names, rows = servers.execute(raw, sql, limits.max_rows + 1)
                finally:
                    if self.dialect == "sqlite":
                        raw.set_progress_handler(None, 0)
            columns = list(zip(*rows, strict=False)) if rows else [() for _ in names]
            table = pa.table({f"{n}" if names.count(n) == 1 else f"{n}_{i}": pa.array(list(c)) for i, (n, c) in enumerate(zip(names, columns, strict=False))})
            _too_large(table.nbytes, limits)
            return table

        def cancel() -> None:
            raw = holder.get("raw")
            if raw is None:
                return
            if self.dialect == "mysql":
                servers.cancel_mysql(self.engine, raw)
            elif hasattr(raw, "interrupt"):
                raw.interrupt()
            elif hasattr(raw, "cancel"):
                raw.cancel()

        dbapi_error = getattr(getattr(self.engine.dialect, "loaded_dbapi", None), "Error", sa.exc.DBAPIError)
        try:
            return _call_with_deadline(work, cancel, limits.timeout, limits)  # type: ignore[no-any-return]
        except AiserError:
            raise
        except (sa.exc.DBAPIError, dbapi_error) as exc:
            orig = getattr(exc, "orig", None) or exc
            if servers.is_timeout(orig):
                raise error("AISER-DB-TIMEOUT", f"The query ran longer than {limits.timeout or 0:g} s and was stopped") from None
            raise _db_error(orig) from None
        except (sa.exc.SQLAlchemyError, pa.ArrowException) as exc:
            raise _db_error(exc) from None

    def close(self) -> None:
        self.engine.dispose()


#: Introspection pragmas SQLAlchemy's inspector issues; every other PRAGMA is denied.
_SQLITE_PRAGMAS = {"table_info", "table_xinfo", "foreign_key_list", "index_list", "index_info", "index_xinfo"}
_SQLITE_FUNCTIONS_DENIED = {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"}


def _sqlite_authorizer(action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None) -> int:
    """SQLite authorizer: SELECT, reads and pure functions only (no writes, ATTACH or settings)."""
    import sqlite3

    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE,
                  sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_SAVEPOINT):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() not in _SQLITE_FUNCTIONS_DENIED:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _SQLITE_PRAGMAS and arg2 is not None:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


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
        if key.lower().replace("-", "_").replace("_", "") in {p.replace("_", "") for p in REFUSED_PARAMS}:
            raise error("AISER-SRC-PARAM", f"The URL parameter {key!r} is refused")


def open_source(alias: str, target: str, *, limits: Limits | None = None) -> Source:
    """Open ``target`` — a URL, a database file, a data file or a folder of data files — as ``alias``."""
    validate_alias(alias)
    if "://" in target or re.match(r"^[a-z][a-z0-9+]*:///", target):
        scheme = target.split(":", 1)[0].lower()
        if scheme == "duckdb":
            path = target.split("://", 1)[1].lstrip("/") if "///" not in target else target.split(":///", 1)[1]
            return DuckDBSource(alias, Path(path) if path and path != ":memory:" else None, limits=limits)
        return SQLAlchemySource(alias, target, limits=limits)
    path = Path(target).expanduser()
    if not path.exists():
        raise error("AISER-SRC-FILE", f"No file or folder at {target}")
    if path.is_dir():
        files = {_table_name(p): p for p in sorted(path.iterdir()) if p.suffix.lower() in FILE_SUFFIXES}
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
