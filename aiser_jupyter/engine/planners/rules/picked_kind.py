"""A value that picks which kind of row another table holds, whose numbers the plan never reads.

``gdp_countries`` holds three rows per country — its ``description`` says which number they
carry ('GDP', 'GDP per capita', 'GDP growth'), one column per year. "GDP per capita in 2020
of the 10 most populous countries" was drawn as the population, joined to those rows only
to keep the ones described 'GDP per capita': the words that say what to show became a
filter on a table nothing is read from. A value kept on a joined table of several rows per
joined thing, none of whose columns the plan draws, names the number those rows carry; the
plan is refused. A table of one row per thing ("orders of customers in Germany") is a
filter like any other.
"""

from __future__ import annotations

from sqlglot import exp

from ....errors import error
from ...catalog.model import Column, Table
from .draft import Draft

__all__ = ["picked_kind"]


def picked_kind(d: Draft) -> None:
    """Raise ``AISER-PLAN-UNSURE`` for an equality on a text column of a table of several
    kinds of row per joined thing that the plan keeps but reads nothing of."""
    drawn = {id(x.table) for x in d.dims} | {id(m.table) for m in d.measures}
    for table, cond in d.where:
        key = table.column(_join_key(d, table)) if id(table) not in drawn else None
        if key is None:
            continue
        for eq in cond.find_all(exp.EQ):
            if not isinstance(eq.this, exp.Column) or not isinstance(eq.expression, exp.Literal):
                continue
            if not eq.expression.is_string or not _kind_key(d, table, key, eq.this.name):
                continue
            said = str(eq.expression.this)
            msg = (
                f"{said!r} picks rows of {table.name} whose numbers the chart does not show "
                f"({table.name} holds several rows per {key.name}); ask for "
                f"{table.name}'s number itself"
            )
            raise error(
                "AISER-PLAN-UNSURE",
                msg,
                understood=f"rows of {table.name} kept where {eq.this.name} = {said!r}",
                unused=[said],
            )


def _kind_key(d: Draft, table: Table, key: Column, name: str) -> bool:
    """``name`` says which kind of row ``table`` holds for each thing of its join ``key``: a
    few values, one row per thing and value (``description`` of 'GDP', 'GDP per capita',
    'GDP growth' beside ``country``: several rows per country), and no number of ``table``
    read by any condition."""
    column = table.column(name)
    rows = table.row_count or 0
    if column is None or column is key or not rows:
        return False
    kinds, things = column.distinct or 0, key.distinct or 0
    if not 2 <= kinds <= _FEW_KINDS or not 0.9 * rows <= kinds * things <= 1.1 * rows:
        return False
    read = {c.name.lower() for _, cond in d.where for c in cond.find_all(exp.Column)}
    read |= {h.measure.column.name.lower() for h in d.having if h.measure.column is not None}
    return not any(c.semantic == "quantitative" and c.name.lower() in read for c in table.columns)


#: the most kinds of row a table may hold per thing (a list of measures, not of things)
_FEW_KINDS = 40


def _join_key(d: Draft, table: Table) -> str:
    """The column of ``table`` a join of the catalog meets another drawn table on."""
    others = {t.name.lower() for t in d.tables() if t is not table}
    own = table.name.lower()
    for j in d.catalog.joins:
        if j.table.lower() == own and j.ref_table.lower() in others:
            return j.column
        if j.ref_table.lower() == own and j.table.lower() in others:
            return j.ref_column
    return ""
