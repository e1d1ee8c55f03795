"""The values held by the most rows: "the 3 most common Europe scores", "top 5 most frequent
event types" group by what follows and count rows — the words after "most common" name the
grouping, never a number to add up (a score of 1 to 11 summed per voter group)."""

from __future__ import annotations

import re

from ...catalog.model import Table
from ..number_words import NUMBER_WORDS
from .cues import after_cue
from .draft import Dim, Draft, Measure
from .question import Question
from .reading import Reading, claim, is_free

__all__ = ["commonest", "commonest_read", "commonest_rows"]

#: "the 3 most common Europe scores", "top 5 most frequent event types": the values of what
#: follows ranked by how many rows hold each
_COMMONEST = re.compile(
    rf"\b(?:(?:the|top) )?(?:(\d+|{'|'.join(NUMBER_WORDS)}) )?"
    r"((?:most|least) (?:common|frequent|popular|frequently occurring)|commonest|rarest)\b(?= \w)"
)


def commonest_read(q: Question, r: Reading) -> bool:
    """Read "the N most common X": the N values of X held by the most rows, a grouping by X
    and a count; True when read."""
    m = _COMMONEST.search(q.joined())
    if m is None or not is_free(q, m):
        return False
    least = m[2].startswith("least") or m[2] == "rarest"  # "the least popular product"
    r.top, r.descending = (NUMBER_WORDS.get(m[1]) or int(m[1]) if m[1] else 1), not least
    _, hi = claim(q, m, "top N")
    r.group_cues.add(hi - 1)  # what follows is grouped, as after "by"
    return True


#: the last word of "most common", "most frequent", "most popular", "commonest"
_RANKS = frozenset(["common", "frequent", "popular", "commonest", "rarest", "occurring"])


def _ranked_at(d: Draft) -> int | None:
    """Where "most common" (read as top N by :func:`commonest_read`) ends, if it was read."""
    words = d.q.texts()
    return next(
        (i for i, w in enumerate(words) if w in _RANKS and d.q.used.get(i) == "top N"), None
    )


def commonest(d: Draft) -> None:
    """Group by the column named right after "the N most common" (read as top N), before any
    step takes that column as the measure; the count of rows is then what is measured."""
    cue = _ranked_at(d)
    if cue is None or d.dims:
        return
    m = after_cue(d, cue)
    if m is None or m.column is None or m.table is None or m.kind != "column":
        return
    d.dims.append(Dim(m.table, m.column, words=(m.lo, m.hi)))
    d.take(m, "grouping")


def commonest_rows(d: Draft) -> None:
    """ "the most popular product" grouped by a column each of whose values has one row (a
    product's name): the rows counted are those of the table with the most rows that joins
    it (the order lines), never the products' own one row each; "the most common channels",
    a column that repeats, counts the rows of its own table (each order once, not its
    lines)."""
    if d.measures or len(d.dims) != 1 or _ranked_at(d) is None:
        return
    dim = d.dims[0]
    if (dim.column.distinct or 0) >= (dim.table.row_count or 1) > 0:
        rows = _referring_rows(d, dim.table)
        if rows is not None:
            d.measures.append(Measure("count", rows, None))
    elif len(d.catalog.tables) > 1:  # "the 2 most common channels": of the orders, each once
        d.measures.append(Measure("count", dim.table, None))


def _referring_rows(d: Draft, table: Table) -> Table | None:
    """The table with the most rows that joins ``table``, whose rows a count of each of
    ``table``'s things (one row each) counts — None when no table joins it."""
    joined = [
        t
        for t in d.catalog.tables
        if t is not table and d.catalog.join_path(t.name, table.name) is not None
    ]
    return max(joined, key=lambda t: t.row_count or 0, default=None)
