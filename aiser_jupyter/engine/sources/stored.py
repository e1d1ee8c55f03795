"""Stored SQL is untrusted: a database's own functions, views and generated columns.

A database someone else filled — a DuckDB file you were sent, a schema another role
writes to on a shared server, a chDB folder — can hold SQL that runs when a chart
reads it:

* a function or macro named like a built-in or an allowed function
  (``CREATE MACRO lower(x) AS …`` in DuckDB, a chDB ``CREATE FUNCTION dayname``, a
  MariaDB stored ``date_trunc``) replaces it for every query, so a guarded query
  runs the database's SQL. Such a database is refused (``AISER-SRC-SHADOW``): the
  guard's allow-list means something only while names mean the built-ins.
  (PostgreSQL needs no such check: queries run with ``search_path = pg_catalog``.)
* a view's body, or a DuckDB generated column's expression, runs whatever it calls
  (``duckdb_settings()``, ``pg_read_file(…)``, ``LOAD_FILE(…)``, ``system.settings``)
  with the rights of whoever charts it. Each one is checked by the guard as if it
  had been typed; one the guard refuses is left out of the catalog, so no query may
  name it.

Each source reads its own catalog (the queries differ); the checks are here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

import sqlglot
from sqlglot import exp

from ...errors import AiserError, error
from ..sql.functions import callable_names
from ..sql.guard import guard_sql

__all__ = ["check_shadowing", "expression_refusal", "refused_views"]

#: whether a schema-qualified table in a stored view is one of the catalog's own (db, name)
Local = Callable[[str, str], bool]


def check_shadowing(own: Iterable[str], builtin: Collection[str], dialect: str) -> None:
    """Refuse a database whose own functions reuse a built-in (lower-case ``builtin``) or
    allowed function name of ``dialect``."""
    names = callable_names(dialect)
    shadowing = sorted({n for n in own if n.lower() in builtin or n.lower() in names})
    if shadowing:
        listed = ", ".join(f"{n}()" for n in shadowing[:6]) + (" …" if len(shadowing) > 6 else "")
        msg = f"The database defines its own {listed}, which would replace the built-in functions"
        raise error("AISER-SRC-SHADOW", msg)


def refused_views(
    views: Mapping[str, str | None],
    tables: Collection[str],
    dialect: str,
    *,
    local: Local | None = None,
    refused: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The views whose stored SQL the guard refuses, with the reason (plus ``refused``).

    ``views`` maps each view to its SQL (``CREATE VIEW … AS …`` or the query alone;
    None when the database would not show it, which is refused). Each is checked
    against the tables and views still accepted, until nothing changes: a view over a
    refused view is refused too.
    """
    out = dict(refused or {})
    changed = True
    while changed:
        changed = False
        accepted = (set(tables) | set(views)) - set(out)
        for name, sql in views.items():
            if name not in out and (reason := _refusal(sql, dialect, accepted, local)):
                out[name] = reason
                changed = True
    return out


def expression_refusal(sql: str | None, dialect: str) -> str | None:
    """Why the guard refuses a stored expression (a generated column), or None."""
    try:
        query = exp.select(sqlglot.parse_one(sql or "", read=dialect))
    except Exception:
        return "its SQL could not be checked"
    return _guarded(query, dialect, set())


def _refusal(sql: str | None, dialect: str, tables: set[str], local: Local | None) -> str | None:
    if not sql:
        return "its SQL could not be read"
    try:
        tree: Any = sqlglot.parse_one(sql, read=dialect)
    except Exception:
        return "its SQL could not be checked"
    query = tree.expression if isinstance(tree, exp.Create) else tree
    if not isinstance(query, exp.Query):
        return "its SQL is not a query"
    for table in query.find_all(exp.Table):  # schema.table of the catalog's own: plain
        db = table.args.get("db")
        if db is not None and local is not None and local(db.name, table.name):
            table.set("db", None)
            table.set("catalog", None)
    return _guarded(query, dialect, tables)


def _guarded(query: Any, dialect: str, tables: set[str]) -> str | None:
    try:
        guard_sql(query.sql(dialect=dialect), dialect=dialect, tables=tables)
    except AiserError as exc:
        return exc.message
    except Exception:
        return "its SQL could not be checked"
    return None
