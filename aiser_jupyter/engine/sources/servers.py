"""Server-specific parts of SQLAlchemy sources: drivers, read-only sessions, schemas, cancel.

:class:`~aiser_jupyter.engine.sources.open.SQLAlchemySource` calls these for PostgreSQL
and MySQL/MariaDB; other dialects get the generic behaviour (a plain DBAPI cursor).

Generated SQL runs through the raw DBAPI cursor, without parameters, so ``%`` in a
``LIKE`` pattern is a literal. On PostgreSQL (psycopg 3) it is sent with the extended
protocol, which accepts exactly one statement: ``COMMIT; DELETE …`` cannot escape the
read-only transaction. PyMySQL never enables multi-statements.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

import sqlglot
from sqlglot import exp

from ...errors import error
from ..sql.guard_rules import visible_ctes

__all__ = [
    "begin_read_only",
    "cancel_mysql",
    "default_driver",
    "execute",
    "is_timeout",
    "qualify_tables",
    "stored_objects",
    "table_homes",
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


def table_homes(con: Any, schemas: list[str]) -> dict[str, str]:
    """PostgreSQL: the schema of each table or view of ``schemas`` by its exact name.

    When two schemas hold the same name the earlier one in ``schemas`` wins, as in the
    catalog (``public`` first).
    """
    rows = con.exec_driver_sql(
        "SELECT c.relname, n.nspname FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND n.nspname = ANY(%(schemas)s)",
        {"schemas": list(schemas)},
    ).fetchall()
    homes: dict[str, str] = {}
    for relname, nspname in sorted(rows, key=lambda r: schemas.index(r[1])):
        homes.setdefault(relname, nspname)
    return homes


def qualify_tables(sql: str, homes: dict[str, str]) -> str:
    """PostgreSQL: ``sql`` with each catalog table written ``"schema"."table"`` (CTEs stay bare).

    Queries then run with ``search_path`` set to ``pg_catalog`` alone, so that every
    function, operator and type resolves to the built-in one: a function or operator
    another role planted in a schema we read (``mallory.dayname``, a ``date_trunc(text,
    date)`` that matches better than ``pg_catalog``'s) is never found.
    """
    try:
        tree = sqlglot.parse_one(sql, read="postgres")
    except sqlglot.errors.SqlglotError:
        msg = "The query could not be prepared for PostgreSQL"
        raise error("AISER-SQL-PARSE", msg) from None
    for table in tree.find_all(exp.Table):
        target = table.this
        if table.args.get("db") or not isinstance(target, exp.Identifier):
            continue
        if target.name.lower() in visible_ctes(table):
            continue
        schema = homes.get(target.name if target.quoted else target.name.lower())
        if schema is not None:
            table.set("db", exp.Identifier(this=schema, quoted=True))
    return str(tree.sql(dialect="postgres", comments=False))


def stored_objects(
    con: Any, dialect: str, homes: dict[str, str]
) -> tuple[list[str], dict[str, str | None], Callable[[str, str], bool]]:
    """A database's own functions, its views' SQL, and which ``db.table`` are its own.

    PostgreSQL's view definitions are read with ``search_path = pg_catalog`` (the
    transaction :func:`begin_read_only` set up), so every table and every function
    outside ``pg_catalog`` shows its schema; a MySQL view whose definition is hidden
    from us is checked only when it runs with our rights (``SQL SECURITY INVOKER``).
    """

    def rows(sql: str, params: dict[str, Any] | None = None) -> list[Any]:
        return list(con.exec_driver_sql(sql, params or {}).fetchall())

    if dialect == "postgres":
        views = {
            name: sql
            for name, schema, sql in rows(
                "SELECT c.relname, n.nspname, pg_catalog.pg_get_viewdef(c.oid) "
                "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                "ON n.oid = c.relnamespace WHERE c.relkind = 'v' AND n.nspname = ANY(%(s)s)",
                {"s": sorted(set(homes.values()))},
            )
            if homes.get(name) == schema
        }
        return [], views, lambda db, name: homes.get(name) == db
    if dialect == "mysql":
        database = str(rows("SELECT DATABASE()")[0][0] or "")
        own = [r[0] for r in rows(_MY_FUNCTIONS)]
        views = {
            name: sql or None
            for name, sql, security in rows(_MY_VIEWS)
            if sql or security == "INVOKER"
        }
        return own, views, lambda db, name: db.lower() == database.lower()
    if dialect == "sqlite":
        views = dict(rows("SELECT name, sql FROM sqlite_master WHERE type = 'view'"))
        return [], views, lambda db, name: db.lower() == "main"
    return [], {}, lambda db, name: False


_MY_FUNCTIONS = (
    "SELECT ROUTINE_NAME FROM information_schema.ROUTINES "
    "WHERE ROUTINE_SCHEMA = DATABASE() AND ROUTINE_TYPE = 'FUNCTION'"
)
_MY_VIEWS = (
    "SELECT TABLE_NAME, VIEW_DEFINITION, SECURITY_TYPE FROM information_schema.VIEWS "
    "WHERE TABLE_SCHEMA = DATABASE()"
)


def begin_read_only(con: Any, dialect: str, timeout: float | None) -> None:
    """Make the transaction just begun on ``con`` read-only, with a server-side timeout.

    On PostgreSQL the ``search_path`` is ``pg_catalog`` (then ``pg_temp``, which is
    searched for tables only): queries name their tables with the schema
    (:func:`qualify_tables`), and nothing else may resolve outside the built-ins.
    """
    if dialect == "postgres":
        con.exec_driver_sql("SET TRANSACTION READ ONLY")
        if timeout:
            con.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(timeout * 1000))}")
        con.exec_driver_sql("SET LOCAL search_path TO pg_catalog, pg_temp")
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
