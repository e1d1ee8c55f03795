"""Read numbers kept as text with missing markers ('null', 'NA', '') as numbers.

The catalog records such a column's markers (:mod:`..catalog.markers`). Every table the
checked base query reads that has one is replaced by a subquery under the same name that
returns the column as a number, the markers as NULL::

    FROM cars_data  →  FROM (SELECT …, CASE WHEN LOWER(TRIM(hp)) IN ('null') THEN NULL
                              ELSE TRY_CAST(hp AS DOUBLE) END AS hp, … FROM cars_data) AS cars_data

so averages, filters and bins see the values that are there, on every dialect (SQLite
would read 'null' as 0, DuckDB and PostgreSQL would refuse the cast).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

if TYPE_CHECKING:
    from ..catalog.model import Catalog, Table

__all__ = ["is_marker_note", "read_markers"]

_SAYS = " holds numbers as text; read "


def read_markers(
    tree: exp.Expression, catalog: Catalog, dialect: str
) -> tuple[exp.Expression, tuple[str, ...]]:
    """``tree`` reading the catalog's marked text columns as numbers, and a note per column.

    A query that compares a marked column's text with a marker itself (``hp != 'null'``)
    is left as written: it already handles them.
    """
    marked = {t.name.lower(): t for t in catalog.tables if any(c.markers for c in t.columns)}
    if not marked:
        return tree, ()
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    literals = {s.name.strip().lower() for s in tree.find_all(exp.Literal) if s.is_string}
    notes: list[str] = []
    used = {c.name.lower() for c in tree.find_all(exp.Column)}
    used |= {"*"} if any(True for _ in tree.find_all(exp.Star)) else set()
    tree = tree.copy()
    for node in list(tree.find_all(exp.Table)):
        table = marked.get(node.name.lower())
        if table is None or node.args.get("db") or node.name.lower() in ctes:
            continue
        markers = {m.strip().lower() for c in table.columns for m in c.markers}
        if markers & literals:
            continue
        alias = node.args.get("alias")
        name = alias.this if isinstance(alias, exp.TableAlias) and alias.this else node.this
        node.replace(_cleaned(table, name.copy()))
        notes += [
            _note(table, c.name, c.markers)
            for c in table.columns
            if c.markers and (c.name.lower() in used or "*" in used)
        ]
    return tree, tuple(dict.fromkeys(notes))


def _cleaned(table: Table, alias: exp.Identifier) -> exp.Expression:
    selects: list[exp.Expression] = []
    for col in table.columns:
        ident = exp.Column(this=exp.to_identifier(col.name, quoted=True))
        if not col.markers:
            selects.append(ident)
            continue
        test = exp.In(
            this=exp.Lower(this=exp.Trim(this=ident.copy())),
            expressions=[exp.Literal.string(m.strip().lower()) for m in col.markers],
        )
        number = exp.TryCast(this=ident.copy(), to=exp.DataType.build("DOUBLE"))
        case = exp.Case(ifs=[exp.If(this=test, true=exp.Null())], default=number)
        selects.append(exp.alias_(case, exp.to_identifier(col.name, quoted=True)))
    inner = exp.select(*selects).from_(exp.Table(this=exp.to_identifier(table.name, quoted=True)))
    return inner.subquery(alias)


def _note(table: Table, column: str, markers: dict[str, int]) -> str:
    shown = ", ".join(f"'{m}' ({n:,} rows)" for m, n in sorted(markers.items()))
    where = " in the profiled rows" if (table.row_count or 0) > 200_000 else ""
    return f"{table.name}.{column}{_SAYS}{shown}{where} as missing."


def is_marker_note(note: str) -> bool:
    """A note of :func:`read_markers` (the answer shows it: the numbers exclude those rows)."""
    return _SAYS in note
