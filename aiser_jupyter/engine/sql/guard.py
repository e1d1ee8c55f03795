"""The SQL guard: one read-only SELECT over the catalog's tables, or a refusal.

Every query — from the rules planner, the LLM or the user — goes through
:func:`guard_sql` before it reaches a database, and only :func:`render`'s output
of the checked tree is ever executed, never the original text (comments, MySQL
``/*! … */`` executable comments and hints are dropped on the way).

The database sandbox (``sources.py``) is the boundary; this parser is the second
line: a length and nesting budget, exactly one statement, no write or command
anywhere, an allow-list of functions per dialect, plain catalog tables or CTEs
only, and the outermost ``LIMIT`` clamped on the tree.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Mapping
from typing import NamedTuple

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.tokens import Token, TokenType

from ...errors import AiserError, error
from .guard_rules import RULES, Context
from .quoted import read_quoted_strings

__all__ = ["MAX_DEPTH", "MAX_SQL_CHARS", "Checked", "check_sql", "guard_sql", "render"]

#: Longest SQL text accepted (characters).
MAX_SQL_CHARS = 20_000
#: Deepest bracket nesting accepted before parsing, and tree depth after it.
MAX_DEPTH = 200
_TREE_DEPTH = 400
_EXECUTABLE_COMMENT = re.compile(r"^\s*M?!")
_QUERY_STARTS = {
    TokenType.SELECT,
    TokenType.WITH,
    TokenType.FROM,
    TokenType.L_PAREN,
    TokenType.VALUES,
    TokenType.TABLE,
}

# sqlglot logs a warning (with the input) when it falls back to a Command; a library
# handler keeps that out of notebooks unless the user configures logging.
logging.getLogger("sqlglot").addHandler(logging.NullHandler())


class Checked(NamedTuple):
    """A checked tree and what the guard read differently from how the text looks."""

    tree: exp.Expression
    notes: tuple[str, ...] = ()


def guard_sql(
    sql: str,
    *,
    dialect: str,
    tables: Collection[str],
    max_rows: int | None = None,
    columns: Mapping[str, Collection[str]] | None = None,
) -> exp.Expression:
    """The checked tree of ``sql`` (see :func:`check_sql`, which also returns its notes)."""
    return check_sql(sql, dialect=dialect, tables=tables, max_rows=max_rows, columns=columns).tree


def check_sql(
    sql: str,
    *,
    dialect: str,
    tables: Collection[str],
    max_rows: int | None = None,
    columns: Mapping[str, Collection[str]] | None = None,
) -> Checked:
    """Check that ``sql`` is one read-only SELECT over ``tables`` and return its tree.

    Parameters
    ----------
    sql
        The query text (untrusted).
    dialect
        A sqlglot dialect name (``duckdb``, ``sqlite``, ``postgres``, ``mysql``,
        ``clickhouse``, …); unknown dialects parse as generic SQL with a
        conservative function list.
    tables
        The source's table names as the database spells them. Compared exactly where
        the database tells ``"Sales"`` from ``sales`` (PostgreSQL, ClickHouse; a bare
        name is folded as the database folds it), else case-insensitively; CTE names
        defined in the query are accepted too.
    max_rows
        When given, the outermost ``LIMIT`` is clamped to it (and added if missing).
    columns
        The tables' column names. When given, a double-quoted word that the database reads
        as a string because it names no column in scope (SQLite) becomes a single-quoted
        literal in the tree before the rules run (:mod:`.quoted`), and a note says so.

    Returns
    -------
    Checked
        The checked tree, a ``Select`` or a set operation (run ``render(tree, dialect)``),
        and the notes for the plan's provenance.

    Raises
    ------
    AiserError
        ``AISER-SQL-*`` naming what was refused.
    """
    read = _sqlglot_dialect(dialect)
    _precheck(sql)
    tree = _parse(sql, read)
    if _depth(tree) > _TREE_DEPTH:
        msg = f"The query is nested more than {_TREE_DEPTH} levels deep"
        raise error("AISER-SQL-TOO-LONG", msg)
    context = Context(
        dialect=(dialect or "").lower(),
        tables=frozenset(t.lower() for t in tables),
        names=frozenset(tables),
    )
    try:
        notes = read_quoted_strings(tree, dialect, columns) if columns is not None else []
        for rule in RULES:
            rule(tree, context)
        if max_rows is not None:
            clamp_limit(tree, max_rows)
    except AiserError:
        raise
    except Exception as exc:
        msg = f"The query could not be checked ({type(exc).__name__})"
        raise error("AISER-SQL-PARSE", msg) from None
    return Checked(tree, tuple(notes))


def render(tree: exp.Expression, dialect: str) -> str:
    """The SQL text to execute for a checked ``tree``: regenerated, without comments."""
    try:
        return str(tree.sql(dialect=_sqlglot_dialect(dialect), comments=False))
    except Exception as exc:
        msg = f"The query could not be rendered for {dialect} ({type(exc).__name__})"
        raise error("AISER-SQL-PARSE", msg) from None


def clamp_limit(tree: exp.Expression, max_rows: int) -> None:
    """Set the outermost ``LIMIT`` to ``min(LIMIT, max_rows)`` in place (``FETCH`` becomes ``LIMIT``)."""
    current = tree.args.get("limit")
    count: int | None = None
    if isinstance(current, exp.Limit) and not current.args.get("limit_options"):
        value = current.expression
        if isinstance(value, exp.Literal) and not value.is_string and value.this.isdigit():
            count = int(value.this)
    elif isinstance(current, exp.Fetch) and not current.args.get(
        "limit_options", exp.LimitOptions()
    ).args.get("percent"):
        value = current.args.get("count")
        if isinstance(value, exp.Literal) and not value.is_string and value.this.isdigit():
            count = int(value.this)
    limit = max(0, int(max_rows)) if count is None else min(count, max(0, int(max_rows)))
    tree.set("limit", exp.Limit(expression=exp.Literal.number(limit)))


def _sqlglot_dialect(dialect: str) -> str:
    name = (dialect or "").lower()
    try:
        Dialect.get_or_raise(name)
    except Exception:
        return ""
    return name


def _precheck(sql: object) -> None:
    if not isinstance(sql, str):
        msg = f"The query must be text, not {type(sql).__name__}"
        raise error("AISER-SQL-PARSE", msg)
    if len(sql) > MAX_SQL_CHARS:
        msg = f"The query is {len(sql):,} characters long; at most {MAX_SQL_CHARS:,} are accepted"
        raise error("AISER-SQL-TOO-LONG", msg)
    if "\x00" in sql:
        msg = "The query contains a NUL character"
        raise error("AISER-SQL-PARSE", msg)
    depth = deepest = 0
    for char in sql:
        if char in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]}":
            depth -= 1
    if deepest > MAX_DEPTH:
        msg = f"The query nests brackets {deepest} deep; at most {MAX_DEPTH} are accepted"
        raise error("AISER-SQL-TOO-LONG", msg)


def _parse(sql: str, read: str) -> exp.Expression:
    """Tokenize once, refuse executable comments and stacked statements, parse one tree."""
    if not sql.strip():
        msg = "The query is empty"
        raise error("AISER-SQL-PARSE", msg)
    try:
        dialect = Dialect.get_or_raise(read)
        tokens = dialect.tokenize(sql)
    except Exception as exc:
        raise _parse_error(exc) from None
    for token in tokens:
        if any(_EXECUTABLE_COMMENT.match(comment) for comment in token.comments):
            msg = "Executable comments (/*! … */) are not allowed"
            raise error("AISER-SQL-PARSE", msg)
    chunks: list[list[Token]] = [[]] if tokens else []
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            chunks.append([])
        else:
            chunks[-1].append(token)
    statements = [chunk for chunk in chunks if chunk]
    if not statements:
        msg = "The query is empty"
        raise error("AISER-SQL-PARSE", msg)
    if len(statements) > 1:
        msg = f"The text holds {len(statements)} statements; exactly one is run"
        raise error("AISER-SQL-MULTIPLE", msg)
    first = statements[0][0]
    try:
        trees = [t for t in dialect.parser().parse(statements[0], sql) if t is not None]
    except Exception as exc:
        if first.token_type not in _QUERY_STARTS:  # EXPORT, LOAD DATA, HANDLER, DO …
            msg = f"A {first.text.upper()[:30]} statement is not allowed; only SELECT queries run"
            raise error("AISER-SQL-NOT-SELECT", msg) from None
        raise _parse_error(exc) from None
    if len(trees) != 1:
        msg = "The text does not hold exactly one statement"
        raise error("AISER-SQL-MULTIPLE" if trees else "AISER-SQL-PARSE", msg)
    tree = trees[0]
    while isinstance(tree, exp.Subquery) and not tree.alias and isinstance(tree.this, exp.Query):
        inner = tree.this
        for arg in ("limit", "offset", "order"):
            if tree.args.get(arg):  # (SELECT …) ORDER BY … LIMIT …: keep the wrapper
                return tree
        tree = inner
    tree.parent = None  # detach from the unwrapped Subquery so rules see a root
    return tree


def _parse_error(exc: Exception) -> AiserError:
    if isinstance(exc, sqlglot.errors.ParseError) and exc.errors:
        first = exc.errors[0]
        where = (
            f" near line {first.get('line')}, column {first.get('col')}"
            if first.get("line")
            else ""
        )
        msg = f"The SQL could not be parsed{where}: {str(first.get('description', ''))[:120]}"
    elif isinstance(exc, RecursionError):
        msg = "The SQL is nested too deeply to parse"
    else:
        msg = f"The SQL could not be parsed ({type(exc).__name__})"
    return error("AISER-SQL-PARSE", msg)


def _depth(tree: exp.Expression) -> int:
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > _TREE_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in node.iter_expressions())
    return deepest
