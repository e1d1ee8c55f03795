"""Double-quoted strings: where the database reads ``"word"`` naming no column as the text 'word'.

SQLite (for compatibility with early MySQL) reads a double-quoted token as an identifier
when a column or alias of that name is in scope, and as a string literal otherwise. Spider
and VisEval gold SQL rely on it (``WHERE rank = "AsstProf"``, ``strftime("%Y", d)``), and so
does what models learn from them. sqlglot parses every double-quoted token as an identifier,
so the compiler refused such a query as naming an unknown column although the database runs
it. :func:`read_quoted_strings` rewrites each such token, in the parsed tree and before the
guard's rules see it, into the single-quoted literal the database would read, and returns
one note that says so.

MySQL and MariaDB (without ``ANSI_QUOTES``, which a source cannot set) need nothing here:
sqlglot's MySQL dialect already reads ``"…"`` as a string, as the server does.

The rewrite is scope-aware and conservative: a name stays an identifier when it is a column
of a table that an enclosing SELECT (or an outer one) reads, a column of a derived table or
CTE there, or an output alias; and when the columns of any such source cannot be known, no
name in its scope is rewritten.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sqlglot import exp

__all__ = ["STRING_QUOTE_DIALECTS", "read_quoted_strings", "reads_quoted_strings"]

#: dialects whose database reads a double-quoted word that names no column as a string
STRING_QUOTE_DIALECTS = {"sqlite": "SQLite"}
#: columns SQLite tables have without declaring them
_HIDDEN = frozenset({"rowid", "oid", "_rowid_"})
_MAX_DEPTH = 64
#: a source whose columns cannot be known: nothing in its scope is rewritten
_UNKNOWN = None

Names = frozenset[str] | None


def reads_quoted_strings(dialect: str) -> bool:
    """Whether ``dialect``'s database may read a double-quoted word as a string."""
    return (dialect or "").lower() in STRING_QUOTE_DIALECTS


def read_quoted_strings(
    tree: exp.Expression, dialect: str, columns: Mapping[str, Collection[str]]
) -> list[str]:
    """Rewrite, in place, every ``"word"`` the database reads as a string into ``'word'``.

    Parameters
    ----------
    tree
        A parsed query (changed in place).
    dialect
        The source's dialect; only :data:`STRING_QUOTE_DIALECTS` are rewritten.
    columns
        The source's tables → their column names (as the catalog has them).

    Returns
    -------
    list[str]
        One note for the plan's provenance naming the words read as text, or nothing.
    """
    if not reads_quoted_strings(dialect):
        return []
    scopes = _Scopes(tree, columns)
    found = [c for c in tree.find_all(exp.Column) if _candidate(c) and scopes.is_string(c)]
    words: list[str] = []
    for column in found:
        column.replace(exp.Literal.string(column.name))
        if column.name not in words:
            words.append(column.name)
    if not words:
        return []
    shown = ", ".join(f'"{w[:40]}"' for w in words[:5]) + (" …" if len(words) > 5 else "")
    return [
        f"Read {shown} as text: {STRING_QUOTE_DIALECTS[dialect.lower()]} reads a "
        "double-quoted word that names no column as a string."
    ]


def _candidate(column: exp.Column) -> bool:
    """An unqualified, double-quoted name used as a value (not a path or a qualified column)."""
    ident = column.this
    return (
        isinstance(ident, exp.Identifier)
        and bool(ident.quoted)
        and not any(column.args.get(part) for part in ("table", "db", "catalog"))
        and not isinstance(column.parent, exp.Dot)
    )


class _Scopes:
    """The names each SELECT of one tree can see, computed once per SELECT."""

    def __init__(self, tree: exp.Expression, columns: Mapping[str, Collection[str]]) -> None:
        self.tables = {
            name.lower(): frozenset(c.lower() for c in cols) for name, cols in columns.items()
        }
        self.ctes: dict[str, list[exp.CTE]] = {}
        for cte in tree.find_all(exp.CTE):
            self.ctes.setdefault(cte.alias_or_name.lower(), []).append(cte)
        self.seen: dict[int, Names] = {}
        self.visiting: set[int] = set()

    def is_string(self, column: exp.Column) -> bool:
        """Whether no name in scope at ``column`` is its name (and every scope is known)."""
        selects = [a for a in _ancestors(column) if isinstance(a, exp.Select)]
        if not selects:
            return False
        name = column.name.lower()
        for select in selects:
            names = self._visible(select)
            if names is _UNKNOWN or name in names:
                return False
        return True

    def _visible(self, select: exp.Select) -> Names:
        """Aliases of ``select``'s projections and the columns of what it reads."""
        key = id(select)
        if key not in self.seen:
            aliases = {s.alias.lower() for s in select.expressions if isinstance(s, exp.Alias)}
            sources = self._sources(select, 0)
            self.seen[key] = _UNKNOWN if sources is _UNKNOWN else sources | aliases
        return self.seen[key]

    def _sources(self, select: exp.Select, depth: int) -> Names:
        """The columns of the tables, derived tables and CTEs ``select`` reads."""
        from_ = select.args.get("from_") or select.args.get("from")
        nodes = [from_.this] if from_ is not None else []
        nodes += [join.this for join in select.args.get("joins") or []]
        names: set[str] = set()
        for node in nodes:
            found = self._source(node, depth + 1)
            if found is _UNKNOWN:
                return _UNKNOWN
            names |= found
        return frozenset(names)

    def _source(self, node: exp.Expression, depth: int) -> Names:
        if depth > _MAX_DEPTH:
            return _UNKNOWN
        alias = node.args.get("alias")
        listed = (
            {c.name.lower() for c in alias.columns} if isinstance(alias, exp.TableAlias) else set()
        )
        if isinstance(node, exp.Subquery):
            inner = self._outputs(node.this, depth)
            return _UNKNOWN if inner is _UNKNOWN else inner | listed
        if not isinstance(node, exp.Table) or not isinstance(node.this, exp.Identifier):
            return _UNKNOWN  # table functions, VALUES, …
        name = node.name.lower()
        names: set[str] = set(listed)
        known = False
        for cte in self.ctes.get(name, []):  # a CTE may shadow a table: count both
            if id(cte) in self.visiting:
                return _UNKNOWN  # a recursive CTE reading itself
            self.visiting.add(id(cte))
            try:
                inner = self._outputs(cte.this, depth)
            finally:
                self.visiting.discard(id(cte))
            if inner is _UNKNOWN:
                return _UNKNOWN
            cte_alias = cte.args.get("alias")
            names |= inner | {c.name.lower() for c in getattr(cte_alias, "columns", None) or []}
            known = True
        if name in self.tables:
            names |= self.tables[name] | _HIDDEN
            known = True
        return frozenset(names) if known else _UNKNOWN

    def _outputs(self, query: exp.Expression, depth: int) -> Names:
        """The names a query's result columns have (``*`` expanded from its sources)."""
        if depth > _MAX_DEPTH:
            return _UNKNOWN
        if isinstance(query, exp.Subquery):
            return self._outputs(query.this, depth + 1)
        if isinstance(query, exp.SetOperation):
            left = self._outputs(query.left, depth + 1)
            right = self._outputs(query.right, depth + 1)
            return _UNKNOWN if left is _UNKNOWN or right is _UNKNOWN else left | right
        if not isinstance(query, exp.Select):
            return _UNKNOWN
        names = {n.lower() for n in query.named_selects if n != "*"}
        if any(
            isinstance(s, exp.Star) or (isinstance(s, exp.Column) and s.is_star)
            for s in query.expressions
        ):
            sources = self._sources(query, depth)
            if sources is _UNKNOWN:
                return _UNKNOWN
            names |= sources
        return frozenset(names)


def _ancestors(node: exp.Expression) -> list[exp.Expression]:
    out: list[exp.Expression] = []
    parent = node.parent
    while parent is not None:
        out.append(parent)
        parent = parent.parent
    return out
