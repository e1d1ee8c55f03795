"""Each row's own value, when the rows are things named by a column whose names repeat:
"the 5 counties with the highest percent Asian" on a table of one row per county, where a
name recurs in other states, ranks the counties themselves — an average by name would merge
namesakes into a number no county has."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from ..lexicon import lemma
from ..row_things import namesakes, row_thing, rows_are, thing_key
from .draft import Draft, Measure, calendar_part
from .flags import flag_value
from .link import Mention

__all__ = ["counts_things", "distinct_things", "own_values", "past_row_noun", "things_named"]


def counts_things(d: Draft, m: Mention) -> bool:
    """ "how many counties" where each row is a county and names repeat across states: the
    rows counted (a distinct count of names would merge namesakes)."""
    col = next((c for c in m.cands if c.kind == "column" and c.column is not None), None)
    if m.kind != "column" or col is None or col.column is None:
        return False
    if flag_value(col.column, True) is not None:  # "number of [coastal] districts"
        noun = next((x for x in d.free() if x.lo == m.hi and x.kind == "column"), None)
        if noun is None or noun.column is None or not rows_are(noun.table, noun.column):
            return False
        d.measures.append(Measure("count", noun.table, None))
        d.take(noun, "counted rows")  # the flag is left to the step that keeps its rows
        return True
    if not namesakes(col.table, col.column):
        return False
    d.measures.append(Measure("count", col.table, None))
    d.take(m, "counted rows")
    return True


def past_row_noun(d: Draft, m: Mention | None) -> Mention | None:
    """ "largest county population", "highest county poverty rate": a noun naming the rows
    right before a number's name — the aggregate governs the number, over those rows."""
    if m is None or m.kind != "column" or m.column is None:
        return m
    if m.column.semantic == "quantitative" or not rows_are(m.table, m.column):
        return m
    after = next((x for x in d.free() if x.lo == m.hi and x is not m), None)
    if after is None or after.column is None or after.table is not m.table:
        return m
    if after.column.semantic != "quantitative":
        return m
    d.take(m, "rows")
    return after


def own_values(d: Draft) -> None:
    """One grouping by such a name and a measure the question gave no aggregate for: the
    rows' own values, not a sum or mean by name — also in a panel whose names repeat across
    identifiers, when a condition keeps one row per thing ("… of each college in 2013")."""
    if len(d.dims) != 1 or d.having:
        return
    dim = d.dims[0]
    if dim.unit or dim.binned:
        return
    if not namesakes(dim.table, dim.column) and not _one_row_each(d, dim.table, dim.column):
        return
    if not d.measures or any(
        m.column is None or m.explicit or m.agg not in ("sum", "mean") or m.table is not dim.table
        for m in d.measures
    ):
        return
    for m in d.measures:
        m.agg = None


def distinct_things(d: Draft, m: Mention, column: Column, *, said: bool) -> Measure:
    """A distinct count of ``column``; "how many colleges" in a panel of colleges by year whose
    names repeat across identifiers counts the identifiers (namesakes apart) — unless the
    question said "distinct" or named the column itself ("number of institution names")."""
    key = thing_key(m.table, column) if m.kind == "column" and not said else None
    if key is None or m.best.score >= 0.9:
        return Measure("distinct", m.table, column)
    return Measure("distinct", m.table, key, entity=" ".join(d.q.texts(m.lo, m.hi)))


def _one_row_each(d: Draft, table: Table, column: Column) -> bool:
    """Whether ``column`` names the things of a panel (see :func:`thing_key`) and the plan
    keeps one period of it: an equality on a date or a date part that, with the things'
    identifier, tells the rows apart (``year = 2013`` where each college has a row a year)."""
    key = thing_key(table, column)
    if key is None:
        return False
    rows = table.row_count or 0
    for owner, cond in d.where:
        if owner is not table or not isinstance(cond, exp.EQ):
            continue
        kept = table.column(cond.this.name) if isinstance(cond.this, exp.Column) else None
        period = kept is not None and (kept.semantic == "temporal" or bool(calendar_part(kept)))
        if period and kept is not None and (kept.distinct or 0) * (key.distinct or 0) >= rows:
            return True
    return False


def things_named(d: Draft, m: Mention) -> Column | None:
    """ "states with more than 300 colleges": a plural noun for the things a name column
    names, after a number, compares how many distinct things each group has — counted by
    their identifier in a panel whose names repeat (see :func:`distinct_things`)."""
    column = m.column
    word = d.q.texts(m.hi - 1, m.hi)[-1] if m.hi > m.lo else ""
    if m.kind != "column" or column is None or row_thing(column) is None or lemma(word) == word:
        return None
    if column.semantic != "nominal" or rows_are(m.table, column):
        return None  # rows that are the things themselves: a count of rows (see above)
    return thing_key(m.table, column) or column
