"""Each row's own value, when the rows are things named by a column whose names repeat:
"the 5 counties with the highest percent Asian" on a table of one row per county, where a
name recurs in other states, ranks the counties themselves — an average by name would merge
namesakes into a number no county has."""

from __future__ import annotations

from ..row_things import namesakes, rows_are
from .draft import Draft, Measure
from .flags import flag_value
from .link import Mention

__all__ = ["counts_things", "own_values", "past_row_noun"]


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
    rows' own values, not a sum or mean by name."""
    if len(d.dims) != 1 or d.having:
        return
    dim = d.dims[0]
    if dim.unit or dim.binned or not namesakes(dim.table, dim.column):
        return
    if not d.measures or any(
        m.column is None or m.explicit or m.agg not in ("sum", "mean") or m.table is not dim.table
        for m in d.measures
    ):
        return
    for m in d.measures:
        m.agg = None
