"""Things a table holds many rows of: ``movieId`` repeating in a table of ratings says each
row is no movie, so "per movie" is no "per row" of that table."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from ..row_things import rows_are
from .draft import Draft, summable
from .link import Mention
from .row_label import label
from .yearly_rows import averages_rows

__all__ = [
    "ONE_EACH",
    "per_entity_rate",
    "per_parent",
    "per_row",
    "repeated_key",
    "repeats",
    "word_key",
]

#: the share of a table's rows a column's values reach to be one per row
ONE_EACH = 0.95


def repeats(table: Table, column: Column) -> bool:
    """Whether ``column``'s values repeat in ``table``: several rows per value."""
    rows = table.row_count or 0
    return bool(rows) and (column.distinct or 0) < ONE_EACH * rows


#: the score of a column named by all its words (its part alone scores less)
_WHOLE_NAME = 0.9

#: a key column's last word
_KEY_WORDS = frozenset(["id", "key", "code", "no", "num", "number"])


def repeated_key(table: Table, word: str) -> Column | None:
    """The key of the things ``word`` names in ``table`` (``movieId`` of "movie") when its
    values repeat: many rows per thing; else None."""
    base = lemma(word)
    for column in table.columns:
        words = split_name(column.name, expand=False)
        if len(words) == 2 and words[0] == base and words[1] in _KEY_WORDS:
            return column if repeats(table, column) else None
    return None


def word_key(d: Draft, m: Mention) -> Column | None:
    """ "per movie" of a table of ratings keyed by ``movieId``: the key, when the table's label
    (``title``) does not tell the things apart (two films called "Hamlet" are two movies).
    Named by the question's word; :func:`..row_things.thing_key` finds a panel's key from a
    name column that names its things ("college"), which a title does not."""
    cue = d.q.words[m.lo - 1].text if m.lo else ""
    if m.kind != "table" or cue not in ("per", "each", "every", "by"):
        return None
    key = repeated_key(m.table, d.q.words[m.hi - 1].text)
    named = label(m.table)
    if key is None or (named is not None and (named.distinct or 0) >= (key.distinct or 0)):
        return None
    return key


def per_row(d: Draft, m: Mention) -> bool:
    """ "average quantity per line item", "average individuals affected per breach": the rows
    of the averaged table, named by the table's name or, when no column is named whole
    (``Type.of.Breach`` only by its last word), by the word the table's name ends in."""
    averaged = [x.table for x in d.measures if x.agg == "mean"]
    cue = d.q.words[m.lo - 1].text if m.lo else ""
    if cue in ("per", "each", "every") and repeated_key(m.table, d.q.words[m.hi - 1].text):
        return False  # "per movie" of ratings keyed by a repeating movieId: no row each
    if cue in ("per", "a") and m.column is not None and d.q.words[m.hi - 1].text == "day":
        return averages_rows(d, m.table, m.column, "day")  # "births per day" of daily rows
    if m.kind == "table" or (m.column is not None and rows_are(m.table, m.column)):
        return any(t is m.table for t in averaged)  # "… per [item]" of a table of items
    return m.best.score < _WHOLE_NAME and any(
        c.kind == "table" and any(t is c.table for t in averaged) for c in m.cands
    )


def per_parent(d: Draft, m: Mention) -> bool:
    """ "average revenue per order" where revenue is a number of order lines, each of one
    order: each order's revenue summed, then averaged — never the mean line, nor one bar
    per order. Sets the mean's ``per`` and takes the mention."""
    cue = d.q.words[m.lo - 1].text if m.lo else ""
    if m.kind != "table" or cue != "per" or len(d.measures) != 1:
        return False
    measure = d.measures[0]
    if measure.agg not in ("mean", "median") or measure.column is None or measure.per is not None:
        return False
    child = measure.table
    owned = any(j.table == child.name and j.ref_table == m.table.name for j in d.catalog.joins)
    owned = owned or _owned_through(d, child, m.table)  # lines → orders → customers
    if child is m.table or not owned or not summable(child, measure.column):
        return False
    measure.per = m.table
    d.extra_tables.append(m.table)
    d.take(m, "per entity")
    return True


def _owned_through(d: Draft, child: Table, parent: Table) -> bool:
    """Each row of ``child`` belongs to one row of ``parent`` through keys followed from the
    child's side (an order line's order, that order's customer)."""
    return parent.name.lower() in d.catalog.upward(child.name)


def per_entity_rate(d: Draft) -> None:
    """ "revenue per order by region", "revenue per customer by region": a total said per
    thing and then grouped — each thing's total, averaged per group; never a bar per order
    and region. The thing is the first grouping, named right after "per" with another
    grouping cue after it, and each measured row belongs to one of them."""
    if len(d.measures) != 1 or len(d.dims) < 2:
        return
    measure, first = d.measures[0], d.dims[0]
    counted = measure.agg == "count" and measure.column is None  # "orders per customer"
    if not (counted or measure.agg == "sum") or measure.explicit or measure.per:
        return
    if measure.column is None and not counted:
        return
    words = first.words
    if words is None or not words[0] or d.q.words[words[0] - 1].text != "per":
        return
    if words[1] not in d.r.group_cues:
        return
    rows, distinct = first.table.row_count or 0, first.column.distinct or 0
    named = label(first.table) is first.column  # "per customer" drawn by their names
    if not (first.column.primary_key or named or (rows and distinct >= ONE_EACH * rows)):
        return  # a key or a label of the things: each bar one order or customer
    if first.table is measure.table and counted:
        return  # "orders per order": one each
    if first.table is measure.table:  # "revenue per order line by channel": each line's own
        d.dims.remove(first)
        measure.agg = "mean"
        return
    if not _owned_through(d, measure.table, first.table):
        return
    d.dims.remove(first)
    measure.agg, measure.per = "mean", first.table
