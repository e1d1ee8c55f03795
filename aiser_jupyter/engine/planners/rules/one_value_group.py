"""A grouping by a column the plan keeps at one single value draws one bar: "how many stops
ended with a citation being issued?" keeps ``citationIssued = 'YES'`` and asks for one
number, not a bar chart of the one value YES. With no word asking for a split ("by", "per",
"each"), such a grouping adds nothing the question asked and is dropped (a KPI); so for an
aggregate the question names ("the highest income in the R&D department")."""

from __future__ import annotations

from sqlglot import exp

from .draft import Draft

__all__ = ["SPLIT_WORDS", "drop_one_value_group"]

#: words that ask for a split even when the rows kept hold one value
SPLIT_WORDS = frozenset(
    ["by", "per", "each", "every", "breakdown", "split", "across", "vs", "versus"]
)


def drop_one_value_group(d: Draft) -> None:
    """Drop the plain groupings by a column kept at one value (``column = v``) when the
    question counts ("how many", "number of") or says how to aggregate ("the highest monthly
    income in the R&D department": one number) and asks for no split."""
    if d.r.group_cues or len(d.measures) != 1:
        return
    if not (d.r.counts or d.measures[0].explicit):
        return
    if any(w.text in SPLIT_WORDS for w in d.q.words):
        return
    pinned = {
        (table.name.lower(), cond.this.name.lower())
        for table, cond in d.where
        if isinstance(cond, exp.EQ)
        and isinstance(cond.this, exp.Column)
        and isinstance(cond.expression, exp.Literal | exp.Boolean)
    }
    kept = [
        x
        for x in d.dims
        if x.unit is not None
        or x.binned
        or (x.table.name.lower(), x.column.name.lower()) not in pinned
    ]
    if len(kept) < len(d.dims):
        d.dims = kept
