"""Sources behind SQLAlchemy URLs: read-only transactions, server-side timeouts, SQLite authorizer."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ...errors import AiserError, error
from ..catalog.model import Column, Join, Table
from ..config import Limits
from . import servers
from .base import (
    DIALECTS,
    Source,
    call_with_deadline,
    db_comment,
    db_error,
    too_large,
    unique_columns,
    validate_alias,
)
from .stored import check_shadowing, refused_views
from .urls import check_url, mask_url, sqlite_url

if TYPE_CHECKING:
    import pyarrow as pa
    from sqlalchemy.engine import URL

__all__ = ["SQLAlchemySource"]


class SQLAlchemySource(Source):
    """Any database SQLAlchemy can reach; generated SQL runs in a read-only transaction."""

    def __init__(
        self,
        alias: str,
        url: str | URL,
        *,
        limits: Limits | None = None,
        display: str | None = None,
    ) -> None:
        """Open ``url`` (text: parsed and its parameters checked; a ``URL``: built by trusted code)."""
        import sqlalchemy as sa

        self.alias = validate_alias(alias)
        self.display = display or mask_url(url)
        parsed = check_url(url) if isinstance(url, str) else url
        if isinstance(url, str) and parsed.get_backend_name() == "sqlite":
            parsed = _existing_sqlite(parsed)
        self.url = servers.default_driver(parsed)
        self._schemas: list[str] | None = None  #: PostgreSQL: the schemas the catalog reads
        self._homes: dict[str, str] | None = None  #: PostgreSQL: table name -> its schema
        backend = self.url.get_backend_name()
        self.dialect = DIALECTS.get(backend, backend)
        try:
            self.engine = sa.create_engine(self.url, pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise error(
                "AISER-SRC-DRIVER",
                f"The driver for {backend} is not installed: pip install {exc.name}",
            ) from None
        except sa.exc.SQLAlchemyError as exc:
            raise error(
                "AISER-SRC-CONNECT", f"Could not open {self.display}: {type(exc).__name__}"
            ) from None
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
            raise error(
                "AISER-SRC-CONNECT", f"Could not connect to {self.display}: {type(exc).__name__}"
            ) from None
        try:
            transaction = con.begin()
            try:
                if self.dialect == "postgres" and self._homes is None:
                    self._schemas = self._schemas or servers.user_schemas(con)
                    self._homes = servers.table_homes(con, self._schemas)
                servers.begin_read_only(con, self.dialect, timeout)
                yield con
            finally:
                # nothing to commit: rolling back also undoes any session SET that ran
                transaction.rollback()
        finally:
            con.close()

    def describe(self) -> tuple[list[Table], list[Join]]:
        import sqlalchemy as sa

        try:
            inspector = sa.inspect(self.engine)
            if self.dialect == "postgres":
                # Tables of every readable schema appear under their plain name (the guard allows
                # no qualified names); on a clash the earlier schema (public first) wins.
                with self.engine.connect() as con:
                    self._schemas = servers.user_schemas(con)
                    self._homes = servers.table_homes(con, self._schemas)
            listed = _listing(inspector, list(self._schemas or []) or [None])
            # before the views are inspected: reading a hostile view's columns runs its SQL
            refused = self._refused_views(
                [name for name, (_, kind) in listed.items() if kind == "table"]
            )
            tables, joins = [], []
            for name, (schema, kind) in listed.items():
                if name in refused:
                    continue
                tables.append(
                    Table(
                        name=name,
                        columns=_columns(inspector, name, schema),
                        kind=kind,
                        comment=_table_comment(inspector, name, schema),
                    )
                )
                if kind == "table":
                    joins += _foreign_keys(inspector, name, schema, listed)
        except sa.exc.SQLAlchemyError as exc:
            raise error(
                "AISER-SRC-CONNECT",
                f"Could not read the schema of {self.display}: {type(exc).__name__}",
            ) from None
        known = {t.name.lower(): t for t in tables}
        joins = [j for j in joins if j.ref_table.lower() in known]
        # Spider-style schemas declare FKs to columns with different case; normalise to real names.
        for j in joins:
            ref = known[j.ref_table.lower()]
            j.ref_table = ref.name
            if (col := ref.column(j.ref_column)) is not None:
                j.ref_column = col.name
        return tables, joins

    def _refused_views(self, tables: list[str]) -> dict[str, str]:
        """Views whose stored SQL the guard refuses; refuses a database whose own functions
        would replace allowed ones (see :mod:`.stored`)."""
        with self._read_only(60) as con:
            own, views, local = servers.stored_objects(con, self.dialect, self._homes or {})
        check_shadowing(own, frozenset(), self.dialect)
        return refused_views(views, tables, self.dialect, local=local)

    def run(self, sql: str, limits: Limits) -> pa.Table:
        import pyarrow as pa
        import sqlalchemy as sa

        holder: dict[str, Any] = {}

        def work() -> pa.Table:
            with self._read_only(limits.timeout) as con:
                text = sql
                if self.dialect == "postgres":  # tables by schema: search_path is pg_catalog
                    text = servers.qualify_tables(sql, self._homes or {})
                raw = con.connection.dbapi_connection
                holder["raw"] = raw
                if self.dialect == "sqlite" and limits.timeout:
                    deadline = time.monotonic() + limits.timeout
                    raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
                try:
                    names, rows = servers.execute(raw, text, limits.max_rows + 1)
                finally:
                    if self.dialect == "sqlite":
                        raw.set_progress_handler(None, 0)
            unique_columns(names)
            columns = list(zip(*rows, strict=False)) if rows else [() for _ in names]
            table = pa.table({n: pa.array(list(c)) for n, c in zip(names, columns, strict=False)})
            too_large(table.nbytes, limits)
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

        dbapi_error = getattr(
            getattr(self.engine.dialect, "loaded_dbapi", None), "Error", sa.exc.DBAPIError
        )
        try:
            return call_with_deadline(work, cancel, limits.timeout, limits)
        except AiserError:
            raise
        except (sa.exc.DBAPIError, dbapi_error) as exc:
            orig = getattr(exc, "orig", None) or exc
            if servers.is_timeout(orig):
                raise error(
                    "AISER-DB-TIMEOUT",
                    f"The query ran longer than {limits.timeout or 0:g} s and was stopped",
                ) from None
            raise db_error(orig) from None
        except (sa.exc.SQLAlchemyError, pa.ArrowException) as exc:
            raise db_error(exc) from None

    def close(self) -> None:
        self.engine.dispose()


def _listing(inspector: Any, schemas: list[str | None]) -> dict[str, tuple[str | None, str]]:
    """Each table and view once: name -> (schema, kind); the earlier schema wins a clash."""
    listed: dict[str, tuple[str | None, str]] = {}
    taken: set[str] = set()
    for schema in schemas:
        names = [(n, "table") for n in inspector.get_table_names(schema=schema)]
        names += [(n, "view") for n in inspector.get_view_names(schema=schema)]
        for name, kind in names:
            if name.lower() not in taken:
                taken.add(name.lower())
                listed[name] = (schema, kind)
    return listed


def _columns(inspector: Any, name: str, schema: str | None) -> list[Column]:
    import sqlalchemy as sa

    pk = {
        c.lower()
        for c in (inspector.get_pk_constraint(name, schema=schema) or {}).get("constrained_columns")
        or []
    }
    return [
        Column(
            name=c["name"],
            type="" if isinstance(c["type"], sa.types.NullType) else str(c["type"]).upper(),
            nullable=bool(c.get("nullable", True)),
            primary_key=c["name"].lower() in pk,
            comment=db_comment(c.get("comment")),
        )
        for c in inspector.get_columns(name, schema=schema)
    ]


def _table_comment(inspector: Any, name: str, schema: str | None) -> str | None:
    """The table's ``COMMENT``, where the dialect keeps comments (not SQLite)."""
    if not inspector.dialect.supports_comments:
        return None
    return db_comment((inspector.get_table_comment(name, schema=schema) or {}).get("text"))


def _foreign_keys(
    inspector: Any, name: str, schema: str | None, listed: dict[str, tuple[str | None, str]]
) -> list[Join]:
    """``name``'s declared foreign keys to tables of the same catalog (same schema as listed)."""
    homes = {n.lower(): s or inspector.default_schema_name for n, (s, _) in listed.items()}
    joins = []
    for fk in inspector.get_foreign_keys(name, schema=schema):
        ref_schema = fk.get("referred_schema") or inspector.default_schema_name
        ref = fk.get("referred_table")
        if not ref or homes.get(ref.lower(), ref_schema) != ref_schema:
            continue
        for own_col, ref_col in zip(
            fk["constrained_columns"], fk["referred_columns"], strict=False
        ):
            joins.append(Join(table=name, column=own_col, ref_table=ref, ref_column=ref_col))
    return joins


def _existing_sqlite(url: URL) -> URL:
    """A SQLite URL opened read-only; a missing file is refused instead of created."""
    import os
    from pathlib import Path

    if not url.database or url.database == ":memory:":
        return url
    path = Path(os.path.abspath(url.database))
    if not path.is_file():
        raise error("AISER-SRC-FILE", f"No SQLite file at {url.database}")
    return sqlite_url(str(path), dict(url.query))


#: Introspection pragmas SQLAlchemy's inspector issues; every other PRAGMA is denied.
_SQLITE_PRAGMAS = {
    "table_info",
    "table_xinfo",
    "foreign_key_list",
    "index_list",
    "index_info",
    "index_xinfo",
}
_SQLITE_FUNCTIONS_DENIED = {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"}


def _sqlite_authorizer(
    action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None
) -> int:
    """SQLite authorizer: SELECT, reads and pure functions only (no writes, ATTACH or settings)."""
    import sqlite3

    if action in (
        sqlite3.SQLITE_SELECT,
        sqlite3.SQLITE_READ,
        sqlite3.SQLITE_RECURSIVE,
        sqlite3.SQLITE_TRANSACTION,
        sqlite3.SQLITE_SAVEPOINT,
    ):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() not in _SQLITE_FUNCTIONS_DENIED:
        return sqlite3.SQLITE_OK
    if (
        action == sqlite3.SQLITE_PRAGMA
        and (arg1 or "").lower() in _SQLITE_PRAGMAS
        and arg2 is not None
    ):
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY
