"""The share of rows a yes/no column holds for: "home ownership rate by quarter", "veteran
share", "share of patients who died, by year", "proportion who died by tumour size".

A 0/1 column's mean is the share of the rows where it is 1: that is what analysts call the
column's rate, share, proportion or fraction. Counting the rows where it holds answers "how
many", not "what share", and the grouped bars of that count look like an answer all the same.

Two readings, each only of a column stored as 0/1 integers (a text yes/no has no mean):
- the share word right after the column's words ("home ownership rate", "death rate",
  "spam share"): read before the measures, so that "rate" names no other table's ``Rate``;
- a share word before the property a flag filter was read from ("share of patients who
  died", "fraction of emails that are spam"), with the rows counted: the count of the rows
  kept becomes the mean of the flag over all of them; other conditions still bound the rows.
"""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from .draft import Draft, Measure
from .flag_values import zero_one
from .link import Mention
from .value_shares import in_percent, share_mean

__all__ = ["rate_after_flag", "share_of_flag", "zero_one"]

#: nouns naming the share of rows a property holds for
_SHARES = frozenset(["share", "proportion", "fraction", "rate"])
#: the share nouns that may come before the property they measure ("rate of" is often a column)
_BEFORE = frozenset(["share", "proportion", "fraction", "percentage", "percent"])
#: how far before the property its share noun may stand ("share of patients on [hormonal therapy]")
_REACH = 6


def rate_after_flag(d: Draft) -> None:
    """ "home ownership rate", "death rate by year": the mean of the 0/1 column named right
    before the share noun (and any other table's column that noun alone named is dropped)."""
    if d.measures:
        return
    for m in d.free():
        if m.kind != "column" or not zero_one(m.column) or m.hi >= len(d.q):
            continue
        word = d.q.words[m.hi]
        if word.lemma not in _SHARES:
            continue
        named = [x for x in d.free() if x.lo == m.hi]
        if not d.q.free(m.hi) or any(x.hi > m.hi + 1 for x in named):
            continue  # the noun is part of a longer name ("rate limit")
        for x in named:
            d.take(x, "share")
        assert m.column is not None
        d.measures.append(_flag_mean(d, m.table, m.column, word.text))
        d.take(m, "measure mean")
        d.q.claim(m.hi, m.hi + 1, "share")
        return


def share_of_flag(d: Draft) -> None:
    """ "share of patients who died, by year": rows counted with one 0/1 flag kept, and a share
    noun before the flag's words → the mean of the flag over the rows (the filter dropped)."""
    _restated(d)
    counted = len(d.measures) == 1 and d.measures[0].agg == "count"
    shares = [w.i for w in d.q.words if w.text in _BEFORE and _unread(d, w.i)]
    if not shares:
        return
    _counted_rows_named(d, shares)
    if not (counted and d.measures[0].column is None) and (d.measures or d.dims):
        return  # rows counted, or nothing measured yet ("fraction of patients who died")
    kept = [(k, t, c) for k, (t, e) in enumerate(d.where) if (c := _flag_kept(t, e)) is not None]
    if len(kept) != 1:
        return
    k, table, column = kept[0]
    at = _flag_words(d, column)
    if at is None or not any(0 < at - i <= _REACH for i in shares):
        return
    i = max(i for i in shares if i < at)
    del d.where[k]
    d.measures[:] = [_flag_mean(d, table, column, d.q.words[i].text)]
    d.q.used[i] = "share"
    if i + 1 < len(d.q) and d.q.used.get(i + 1) == "chart type":
        d.q.used[i + 1] = "share"  # the "of" of "share of", read as a pie's words
    if d.r.mark == "arc":
        d.r.mark = None  # a pie of shares that do not add up to a whole


def _flag_mean(d: Draft, table: Table, column: Column, noun: str) -> Measure:
    """The flag's mean: a share, or a percentage when the noun or the question says so ("what
    share … use paperless billing, in percent?": 59.2, not 0.592)."""
    if not (noun.startswith("percent") or in_percent(d)):
        return Measure("mean", table, column, explicit=True)
    hundred = exp.Mul(
        this=exp.column(column.name, table=table.name), expression=exp.Literal.number(100.0)
    )
    return share_mean(table, hundred, "percentage", column.name, "1", explicit=True)


def _counted_rows_named(d: Draft, shares: list[int]) -> None:
    """ "What percentage of [packages] link to R-Forge?": a grouping by the counted table's own
    label, named right after the share words, names the rows the share is of — no group."""
    dim = d.dims[0] if len(d.dims) == 1 else None
    if dim is None or dim.words is None:
        return
    rows, distinct, at = dim.table.row_count or 0, dim.column.distinct or 0, dim.words[0]
    after = any(at in (i + 2, i + 3) and d.q.words[i + 1].text == "of" for i in shares)
    if after and rows and distinct >= 0.95 * rows and dim.column.semantic != "quantitative":
        d.dims.clear()


def _restated(d: Draft) -> None:
    """ "out-of-work rate (the fraction not working)": the flag averaged is no filter too — a
    filter on it would leave its mean 0 or 1 in every group."""
    averaged = {id(m.column) for m in d.measures if m.agg == "mean" and zero_one(m.column)}
    d.where[:] = [
        (t, e)
        for t, e in d.where
        if not (isinstance(e, exp.EQ) and id(_column_of(t, e.left)) in averaged)
    ]


def _column_of(table: Table, e: exp.Expression) -> Column | None:
    if not isinstance(e, exp.Column):
        return None
    return next((c for c in table.columns if c.name == e.name), None)


def _unread(d: Draft, i: int) -> bool:
    """Word ``i`` is free, or was read only as a pie's cue ("share of")."""
    return d.q.free(i) or d.q.used.get(i) == "chart type"


def _flag_kept(table: Table, e: exp.Expression) -> Column | None:
    """The 0/1 column of ``table`` that the condition ``e`` keeps at 1."""
    if not isinstance(e, exp.EQ) or not isinstance(e.right, exp.Literal) or e.right.this != "1":
        return None
    column = _column_of(table, e.left)
    return column if zero_one(column) else None


def _flag_words(d: Draft, column: Column) -> int | None:
    """Where the question named the flag (the first word of its mention), or None."""
    found: list[Mention] = [m for m in d.mentions if m.column is column]
    return min((m.lo for m in found), default=None)
