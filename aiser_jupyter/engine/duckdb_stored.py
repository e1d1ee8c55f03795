"""A DuckDB file's stored SQL is untrusted: its macros, views and generated columns.

A database file someone sent you can hold SQL that runs when a chart reads it:

* a macro named like a built-in function (``CREATE MACRO lower(x) AS …``) replaces
  that function for every query on the file, so an allowed ``lower()`` runs the
  file's SQL. Such a file is refused (``AISER-SRC-SHADOW``): the guard's allow-list
  is only meaningful when names mean the built-ins.
* a view's body, or a generated column's expression, runs whatever it calls
  (``duckdb_settings()``, ``current_setting(…)``) with the chart's rights. Each is
  checked by the guard as if typed; one the guard refuses is left out of the catalog
  (so no query may name it), and the source says which.

The sandbox stays the boundary (no file or network access after the lock); these
checks keep a file's SQL to what a typed query could do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import AiserError, error
from .sqlfunctions import callable_names

__all__ = ["check_macros", "refused_objects"]

#: runs trusted catalog SQL on the source and returns its rows as dicts
Rows = Callable[[str], list[dict[str, Any]]]


def check_macros(rows: Rows) -> None:
    """Refuse a database whose own functions or macros reuse a built-in or allowed name."""
    own = {
        r["n"]
        for r in rows(
            "SELECT DISTINCT function_name AS n FROM duckdb_functions() WHERE NOT internal"
        )
    }
    if not own:
        return
    builtin = {
        r["n"]
        for r in rows(
            "SELECT DISTINCT lower(function_name) AS n FROM duckdb_functions() WHERE internal"
        )
    }
    shadowing = sorted(n for n in own if n.lower() in builtin | callable_names("duckdb"))
    if shadowing:
        listed = ", ".join(f"{n}()" for n in shadowing[:6]) + (" …" if len(shadowing) > 6 else "")
        msg = f"The database defines its own {listed}, which would replace the built-in functions"
        raise error("AISER-SRC-SHADOW", msg)


def refused_objects(rows: Rows) -> dict[str, str]:
    """Views and tables of ``main`` whose stored SQL the guard refuses: name -> the reason.

    A table is refused for a generated column the guard refuses (every ``SELECT *``
    computes it); a view for its body, checked against the tables and views still
    accepted, until nothing changes (a view over a refused view is refused too).
    """
    tables = {
        r["name"]: r["kind"]
        for r in rows(
            "SELECT table_name AS name, table_type AS kind FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_catalog = current_database()"
        )
    }
    refused: dict[str, str] = {}
    for r in rows(
        "SELECT table_name AS name, generation_expression AS expr FROM duckdb_columns() "
        "WHERE is_generated AND schema_name = 'main' AND database_name = current_database()"
    ):
        if r["name"] not in refused and (reason := _refusal(r["expr"], set(tables), True)):
            refused[r["name"]] = reason
    views = {
        r["name"]: r["sql"]
        for r in rows(
            "SELECT view_name AS name, sql FROM duckdb_views() WHERE NOT internal "
            "AND schema_name = 'main' AND database_name = current_database()"
        )
    }
    changed = True
    while changed:
        changed = False
        accepted = set(tables) - set(refused)
        for name, sql in views.items():
            if name not in refused and (reason := _refusal(sql, accepted, False)):
                refused[name] = reason
                changed = True
    return refused


def _refusal(sql: str | None, tables: set[str], expression: bool) -> str | None:
    """Why the guard refuses a stored view (``CREATE VIEW …``) or expression, or None."""
    import sqlglot
    from sqlglot import exp

    from .guard import guard_sql

    try:
        if expression:
            query: Any = exp.select(sqlglot.parse_one(sql or "", read="duckdb"))
        else:
            create = sqlglot.parse_one(sql or "", read="duckdb")
            query = create.expression if isinstance(create, exp.Create) else None
        if not isinstance(query, exp.Query):
            return "its SQL is not a query"
        guard_sql(query.sql(dialect="duckdb"), dialect="duckdb", tables=tables)
    except AiserError as exc:
        return exc.message
    except Exception:
        return "its SQL could not be checked"
    return None
