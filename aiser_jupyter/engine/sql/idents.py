"""Names in SQL as each dialect needs them: quoted exactly when the bare name would not mean it.

A bare name is read differently per database: PostgreSQL folds it to lower case (so
``createdAt`` means ``createdat``), a reserved word (``group``, ``order``, ``user``) is
a syntax error, and ``Order Date`` or ``unit-price`` are not one name at all. Every
table, column and alias the engine writes goes through :func:`ident`, so a plain
lower-case name stays bare (compiled SQL reads as before) and any other is quoted.
"""

from __future__ import annotations

import functools
import re

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect, NormalizationStrategy

__all__ = ["column", "ident", "needs_quotes", "quote_names", "table"]

#: a name that reads as one bare identifier (as sqlglot decides it)
_BARE = re.compile(r"^[_a-zA-Z]\w*$")
#: DuckDB's reserved words: PostgreSQL's plus a few of its own. sqlglot knows no reserved
#: words for PostgreSQL, SQLite or ClickHouse; quoting one of these there is harmless.
_RESERVED = frozenset(Dialect.get_or_raise("duckdb").generator_class.RESERVED_KEYWORDS)


@functools.cache
def _dialect(name: str) -> Dialect:
    try:
        return Dialect.get_or_raise(name or None)
    except ValueError:
        return Dialect.get_or_raise(None)


def needs_quotes(name: str, dialect: str) -> bool:
    """Whether ``name`` written bare would name something else (or nothing) in ``dialect``."""
    if not _BARE.match(name):
        return True
    d = _dialect(dialect)
    lower = name.lower()
    if lower in _RESERVED or lower in d.generator_class.RESERVED_KEYWORDS:
        return True
    strategy = d.normalization_strategy
    if strategy is NormalizationStrategy.LOWERCASE:
        return name != lower
    if strategy is NormalizationStrategy.UPPERCASE:  # SQLAlchemy says ORDERS as orders
        return name not in (lower, name.upper())
    return False  # case-insensitive (DuckDB, SQLite) or kept as written (ClickHouse, MySQL)


def ident(name: str, dialect: str) -> exp.Identifier:
    """``name`` as an identifier, quoted when ``dialect`` needs it."""
    return exp.Identifier(this=name, quoted=needs_quotes(name, dialect))


def column(name: str, dialect: str, table_name: str | None = None) -> exp.Column:
    """The column ``name`` (of ``table_name``), each part quoted when ``dialect`` needs it."""
    return exp.Column(
        this=ident(name, dialect),
        table=ident(table_name, dialect) if table_name else None,
    )


def table(name: str, dialect: str) -> exp.Table:
    """The table ``name``, quoted when ``dialect`` needs it (never parsed as SQL)."""
    return exp.Table(this=ident(name, dialect))


def quote_names(tree: exp.Expression, dialect: str) -> exp.Expression:
    """Quote, in place, every bare identifier of ``tree`` that ``dialect`` would misread.

    Only for trees whose names are real (catalog) names the engine wrote itself: a bare
    name in the user's SQL means what the database makes of it and is left alone.
    """
    for node in tree.find_all(exp.Identifier):
        if not node.quoted and needs_quotes(node.name, dialect):
            node.set("quoted", True)
    return tree
