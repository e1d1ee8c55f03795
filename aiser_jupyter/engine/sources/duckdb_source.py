"""DuckDB sources: a database file opened read-only, or views over data files, sandboxed."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import AiserError, error
from ..catalog.model import Column, Join, Table
from ..config import Limits
from .base import (
    FILE_SUFFIXES,
    Source,
    call_with_deadline,
    db_comment,
    db_error,
    too_large,
    unique_columns,
    validate_alias,
)
from .stored import check_shadowing, expression_refusal, refused_views

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["DuckDBSource"]

#: DuckDB connections per database file: (connection, lock, number of sources using it, joined,
#: the file's views and tables left out of the catalog)
_SHARED: dict[str, tuple[Any, threading.Lock, int, bool, dict[str, str]]] = {}
_FUNCTIONS = "SELECT DISTINCT function_name AS n FROM duckdb_functions() WHERE {}"
#: a configuration no user passes: connecting with it fails when the file is already open
PROBE: dict[str, str | bool | int | float | list[str]] = {"custom_user_agent": "aiser-jupyter"}


class DuckDBSource(Source):
    """An embedded DuckDB database file, or in-memory views over data files.

    The connection is sandboxed once it is set up: trusted code first attaches the
    files the user named, then external access, replacement scans and extension
    loading are switched off and the configuration is locked.

    DuckDB keeps one database instance per file and process. When the user's own code
    already holds the file open (``con = duckdb.connect("sales.duckdb")`` in the same
    kernel), the source *joins* that instance instead of failing: it cannot change that
    instance's settings (they are the user's), so every query runs as exactly one
    statement inside a read-only transaction, and :attr:`notice` says so.
    """

    dialect = "duckdb"
    #: run only one SELECT per call, in a read-only transaction (a joined instance, or an
    #: in-memory database that cannot be opened read-only: see frames.py)
    select_only = False
    refused: dict[str, str]  #: the file's views and tables whose stored SQL was refused: why

    def __init__(
        self,
        alias: str,
        path: str | Path | None = None,
        *,
        files: dict[str, Path] | None = None,
        limits: Limits | None = None,
    ) -> None:
        import duckdb

        self.alias = validate_alias(alias)
        self.path = None if path is None else Path(path)
        self.display = (
            str(self.path)
            if self.path
            else ", ".join(str(p) for p in (files or {}).values()) or ":memory:"
        )
        key = str(self.path.resolve()) if self.path is not None else None
        if key is not None and key in _SHARED:
            # DuckDB keeps one database instance per file and process, and its configuration is
            # locked by the first sandbox: share that sandboxed connection instead of a new one.
            self.con, self._lock, users, self.joined, self.refused = _SHARED[key]
            _SHARED[key] = (self.con, self._lock, users + 1, self.joined, self.refused)
            self._key: str | None = key
            self.notice = self._notice()
            return
        self._lock = threading.Lock()
        self._views_file: Path | None = None
        self.joined = False
        self.refused = {}
        try:
            if self.path is not None:
                if not self.path.exists():
                    raise error("AISER-SRC-FILE", f"No DuckDB file at {self.path}")
                # absolute: DuckDB reads a leading "md:" or "s3://" as a place to download from
                self.con, self.joined = _open_file(self.path.resolve())
            elif files:
                self._views_file = _views_database(files)
                self.con = duckdb.connect(str(self._views_file), read_only=True)
            else:
                self.con = duckdb.connect(":memory:")
        except duckdb.Error as exc:
            raise error(
                "AISER-SRC-CONNECT", f"Could not open DuckDB database {self.display}: {exc}"
            ) from None
        if not self.joined:
            self._sandbox(limits or Limits(), [str(p.resolve()) for p in (files or {}).values()])
        if self.path is not None:  # a file someone may have sent: its stored SQL is untrusted
            try:
                self._check_stored()
            except AiserError:
                self._close_connection()
                raise
        self.notice = self._notice()
        self._key = key
        if key is not None:
            _SHARED[key] = (self.con, self._lock, 1, self.joined, self.refused)

    def _check_stored(self) -> None:
        """The file's own macros, views and generated columns (see :mod:`.stored`)."""
        limits = Limits(max_rows=1_000_000, timeout=60)

        def rows(sql: str) -> list[dict[str, Any]]:
            return list(self.run(sql, limits).to_pylist())

        here = "schema_name = 'main' AND database_name = current_database()"
        own = [r["n"] for r in rows(_FUNCTIONS.format("NOT internal"))]
        if own:
            builtin = {r["n"].lower() for r in rows(_FUNCTIONS.format("internal"))}
            check_shadowing(own, builtin, "duckdb")
        refused = {
            r["name"]: why
            for r in rows(
                "SELECT table_name AS name, generation_expression AS expr FROM duckdb_columns() "
                f"WHERE is_generated AND {here}"
            )
            if (why := expression_refusal(r["expr"], "duckdb"))
        }
        views = {
            r["name"]: r["sql"]
            for r in rows(
                f"SELECT view_name AS name, sql FROM duckdb_views() WHERE NOT internal AND {here}"
            )
        }
        tables = [
            r["name"] for r in rows(f"SELECT table_name AS name FROM duckdb_tables() WHERE {here}")
        ]
        self.refused = refused_views(
            views, tables, "duckdb", refused=refused, local=lambda db, name: db.lower() == "main"
        )

    def _notice(self) -> str | None:
        notes = [_joined_notice(self.path)] if self.joined else []
        if self.refused:
            names = sorted(self.refused)
            listed = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
            notes.append(
                f"{len(names)} view(s) or table(s) of {self.path} are left out of charts because "
                f"their stored SQL does what a chart may not: {listed} (first: "
                f"{self.refused[names[0]]})."
            )
        return " ".join(notes) or None

    def _sandbox(self, limits: Limits, allowed: list[str]) -> None:
        if allowed:  # file names are data: bound as a parameter, never written into the SQL
            self.con.execute("SET allowed_paths = ?", [allowed])
        settings = [
            "SET enable_external_access = false",
            "SET autoinstall_known_extensions = false",
            "SET autoload_known_extensions = false",
            "SET python_enable_replacements = false",
            "SET enable_progress_bar_print = false",  # progress is reported to the user, not printed
        ]
        if limits.memory_limit:
            self.con.execute("SET memory_limit = ?", [limits.memory_limit])
        if limits.threads:
            settings.append(f"SET threads = {int(limits.threads)}")
        settings.append("SET lock_configuration = true")
        for statement in settings:
            self.con.execute(statement)

    def describe(self) -> tuple[list[Table], list[Join]]:
        rows = self.run(
            "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, t.table_type, "
            "c.column_comment AS column_comment, t.table_comment AS table_comment "
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
        pks = {
            (k["table_name"].lower(), c.lower())
            for k in keys
            if k["constraint_type"] == "PRIMARY KEY"
            for c in k["constraint_column_names"]
        }
        tables: dict[str, Table] = {}
        for r in rows:
            if r["table_name"] in self.refused:
                continue
            table = tables.setdefault(
                r["table_name"],
                Table(
                    name=r["table_name"],
                    columns=[],
                    kind="view" if "VIEW" in r["table_type"] else "table",
                    comment=db_comment(r["table_comment"]),
                ),
            )
            table.columns.append(
                Column(
                    name=r["column_name"],
                    type=str(r["data_type"]).upper(),
                    nullable=r["is_nullable"] == "YES",
                    primary_key=(r["table_name"].lower(), r["column_name"].lower()) in pks,
                    comment=db_comment(r["column_comment"]),
                )
            )
        joins = [
            Join(table=k["table_name"], column=col, ref_table=k["referenced_table"], ref_column=ref)
            for k in keys
            if k["constraint_type"] == "FOREIGN KEY"
            and not {k["table_name"], k["referenced_table"]} & set(self.refused)
            for col, ref in zip(
                k["constraint_column_names"], k["referenced_column_names"], strict=False
            )
        ]
        return list(tables.values()), joins

    def run(self, sql: str, limits: Limits) -> pa.Table:
        import duckdb
        import pyarrow as pa

        def work() -> pa.Table:
            with self._lock:
                if not (self.joined or self.select_only):
                    return _fetch(self.con.sql(sql).arrow(), limits)
                # the user's own database instance, or a writable one: one SELECT, read-only
                statements = self.con.extract_statements(sql)
                if len(statements) != 1:
                    raise error("AISER-SQL-MULTIPLE", "Only one statement is run at a time")
                if statements[0].type != duckdb.StatementType.SELECT:
                    raise error("AISER-SQL-NOT-SELECT", "Only a SELECT is run on this source")
                self.con.execute("BEGIN TRANSACTION READ ONLY")
                try:
                    return _fetch(self.con.sql(sql).arrow(), limits)
                finally:
                    self.con.execute("ROLLBACK")

        try:
            return call_with_deadline(
                work,
                self.con.interrupt,
                limits.timeout,
                limits,
                self._progress,
            )
        except (duckdb.Error, pa.ArrowException, AiserError) as exc:
            if isinstance(exc, duckdb.InterruptException):
                raise error("AISER-DB-CANCELLED", "The query was interrupted") from None
            raise db_error(exc) from None

    def _progress(self) -> float | None:
        done = self.con.query_progress()
        return None if done is None or done < 0 else float(done)

    def close(self) -> None:
        key = getattr(self, "_key", None)
        if key is not None and key in _SHARED:
            con, lock, users, joined, refused = _SHARED[key]
            if users > 1:
                _SHARED[key] = (con, lock, users - 1, joined, refused)
                return
            del _SHARED[key]
        self._close_connection()
        views = getattr(self, "_views_file", None)
        if views is not None:
            for leftover in (views, views.with_name(views.name + ".wal")):
                leftover.unlink(missing_ok=True)

    def _close_connection(self) -> None:
        """Close even while a cancelled query is still unwinding in its worker thread."""
        import duckdb

        for _ in range(50):
            try:
                self.con.close()
                return
            except duckdb.Error:
                self.con.interrupt()
                time.sleep(0.1)


def _fetch(reader: Any, limits: Limits) -> pa.Table:
    """At most ``limits.max_rows + 1`` rows of an Arrow record batch reader, under the byte cap."""
    import pyarrow as pa

    unique_columns(list(reader.schema.names))
    batches, count, nbytes = [], 0, 0
    for batch in reader:
        batches.append(batch)
        count += batch.num_rows
        nbytes += batch.nbytes
        too_large(nbytes, limits)
        if count > limits.max_rows:
            break
    return pa.Table.from_batches(batches, schema=reader.schema).slice(0, limits.max_rows + 1)


def _open_file(path: Path) -> tuple[Any, bool]:
    """A new read-only instance of ``path`` (to sandbox), or (joined=True) the one this process
    already has open: the user's own ``duckdb.connect(path)``, whose settings we must not change."""
    import duckdb

    try:  # succeeds only when no instance of the file exists in this process (a probe)
        duckdb.connect(str(path), read_only=True, config=PROBE).close()
    except duckdb.ConnectionException as exc:
        if "different configuration" not in str(exc):
            raise
        for options in ({}, {"read_only": True}):  # the user's duckdb.connect(path[, read_only])
            try:
                return duckdb.connect(str(path), **options), True  # type: ignore[arg-type]
            except duckdb.ConnectionException:
                continue
        raise error(
            "AISER-SRC-IN-USE",
            f"{path} is already open in this Python process with custom settings",
        ) from None
    # plain read-only, so that the user's later duckdb.connect(path, read_only=True) shares it
    return duckdb.connect(str(path), read_only=True), False


def _joined_notice(path: Path | None) -> str:
    return (
        f"{path} is also open in your own DuckDB connection in this process, so charts share "
        "that database: they run in read-only transactions, but its settings (file access, "
        "memory and thread limits) stay yours. Close your connection before charting for the "
        "full sandbox."
    )


# --------------------------------------------------------------------------- SQLAlchemy


def quote_string(text: str) -> str:
    """``text`` as a DuckDB string literal (standard SQL: ``'`` doubled, backslashes literal)."""
    return "'" + text.replace("'", "''") + "'"


def quote_identifier(name: str) -> str:
    """``name`` as a quoted DuckDB identifier (``"`` doubled)."""
    return '"' + name.replace('"', '""') + '"'


def _views_database(files: dict[str, Path]) -> Path:
    """A throwaway DuckDB file holding one view per data file, so that the source can be
    opened read-only: even SQL that slipped past the guard cannot create or drop anything."""
    import tempfile

    import duckdb

    fd, name = tempfile.mkstemp(prefix="aiser-views-", suffix=".duckdb")
    os.close(fd)
    os.unlink(name)  # DuckDB creates the file itself
    con = duckdb.connect(name)
    try:
        # this connection too reads only the named files, whatever their names say
        con.execute("SET allowed_paths = ?", [[str(f.resolve()) for f in files.values()]])
        con.execute("SET enable_external_access = false")
        for table, file in files.items():
            reader = FILE_SUFFIXES[file.suffix.lower()]
            # a view's body cannot take parameters: the name and path are quoted by DuckDB's
            # rules (a doubled quote is the only escape in a standard string or a name)
            con.execute(
                f"CREATE VIEW {quote_identifier(table)} AS "
                f"SELECT * FROM {reader}({quote_string(str(file.resolve()))})"
            )
        con.execute("CHECKPOINT")
    except duckdb.Error as exc:
        con.close()
        Path(name).unlink(missing_ok=True)
        raise error(
            "AISER-SRC-FILE",
            f"Could not read {', '.join(str(f) for f in files.values())}: {str(exc).splitlines()[0]}",
        ) from None
    con.close()
    return Path(name)
