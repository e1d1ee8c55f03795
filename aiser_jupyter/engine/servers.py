"""Server-specific parts of SQLAlchemy sources: drivers, read-only sessions, schemas, cancel.

:class:`~aiser_jupyter.engine.sources.SQLAlchemySource` calls these for PostgreSQL
and MySQL/MariaDB; other dialects get the generic behaviour (a plain DBAPI cursor).

Generated SQL runs through the raw DBAPI cursor, without parameters, so ``%`` in a
``LIKE`` pattern is a literal. On PostgreSQL (psycopg 3) it is sent with the extended
protocol, which accepts exactly one statement: ``COMMIT; DELETE …`` cannot escape the
read-only transaction. PyMySQL never enables multi-statements.
"""

from __future__ import annotations

import importlib.util
from typing import Any

__all__ = [
    "begin_read_only",
    "cancel_mysql",
    "default_driver",
    "execute",
    "is_timeout",
    "user_schemas",
]

#: schemas that hold the server's own catalogs, never user data
_SYSTEM_SCHEMAS = "substr(nspname, 1, 3) <> 'pg_' AND nspname <> 'information_schema'"


def default_driver(url: Any) -> Any:
    """``url`` with an installed driver when it names none (``postgresql://`` → psycopg 3)."""
    name = url.drivername
    if "+" in name:
        return url
    if name in ("postgresql", "postgres") and not _has("psycopg2") and _has("psycopg"):
        return url.set(drivername="postgresql+psycopg")
    if name in ("mysql", "mariadb") and not _has("MySQLdb") and _has("pymysql"):
        return url.set(drivername=f"{name}+pymysql")
    return url


def _has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def user_schemas(con: Any) -> list[str]:
    """PostgreSQL schemas the user may read, ``public`` first, then by name."""
    rows = con.exec_driver_sql(
        f"SELECT nspname FROM pg_catalog.pg_namespace WHERE {_SYSTEM_SCHEMAS} "
        "AND has_schema_privilege(oid, 'USAGE') ORDER BY nspname <> 'public', nspname"
    ).fetchall()
    return [r[0] for r in rows]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def begin_read_only(
    con: Any, dialect: str, timeout: float | None, schemas: list[str] | None
) -> None:
    """Make the transaction just begun on ``con`` read-only, with a server-side timeout.

    On PostgreSQL the ``search_path`` is set to the schemas the catalog was read
    from, so the plain table names the guard allows resolve to the same tables.
    """
    if dialect == "postgres":
        con.exec_driver_sql("SET TRANSACTION READ ONLY")
        if timeout:
            con.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(timeout * 1000))}")
        if schemas:
            con.exec_driver_sql(f"SET LOCAL search_path TO {', '.join(_quote(s) for s in schemas)}")
    elif dialect == "mysql":
        mariadb = bool(getattr(con.dialect, "is_mariadb", False))
        if timeout:
            if mariadb:  # seconds, and it covers every statement (MySQL's only SELECTs)
                con.exec_driver_sql(f"SET SESSION max_statement_time = {max(timeout, 0.001):.3f}")
            else:
                con.exec_driver_sql(
                    f"SET SESSION max_execution_time = {max(1, int(timeout * 1000))}"
                )
        con.exec_driver_sql("START TRANSACTION READ ONLY")


def execute(raw: Any, sql: str, max_rows: int) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one statement on the DBAPI connection ``raw``; column names and at most ``max_rows`` rows."""
    cursor = raw.cursor()
    try:
        if type(raw).__module__.split(".")[0] == "psycopg":
            # extended protocol: one statement only, and no client-side '%' placeholders
            cursor.execute(sql, prepare=True)
        else:
            cursor.execute(sql)
        if cursor.description is None:
            return [], []
        names = [str(d[0]) for d in cursor.description]
        return names, [tuple(r) for r in cursor.fetchmany(max_rows)]
    finally:
        cursor.close()


def is_timeout(exc: BaseException) -> bool:
    """Whether a DBAPI error means the server (or our progress handler) stopped a slow query."""
    text = str(exc).lower()
    return any(
        k in text
        for k in (
            "statement timeout",
            "interrupted",
            "max_statement_time",
            "maximum statement execution time",
            "canceling statement",
        )
    )


def cancel_mysql(engine: Any, raw: Any) -> None:
    """Stop the statement running on ``raw`` with ``KILL QUERY`` from a second connection."""
    thread_id = raw.thread_id() if callable(getattr(raw, "thread_id", None)) else None
    if thread_id is None:
        return
    with engine.connect() as con:
        con.exec_driver_sql(f"KILL QUERY {int(thread_id)}")
