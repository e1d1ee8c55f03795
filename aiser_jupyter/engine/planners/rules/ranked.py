"""The things a top-N ranks when the question names them with a word of its own: "the 4
mammals with the least REM sleep" on a table of one row per animal ranks its rows, each
named by the column that tells them apart."""

from __future__ import annotations

from ..lexicon import lemma
from ..words import instruction_words
from .draft import Dim, Draft
from .row_label import label

__all__ = ["ranked_rows"]


def ranked_rows(d: Draft) -> None:
    """A top N with no grouping, one measured table and a plural noun right after the N that
    names nothing of the schema: one bar per row of that table, labelled by the column whose
    values tell its rows apart."""
    if d.dims or d.r.top is None or len(d.measures) != 1:
        return
    table = d.measures[0].table
    if d.measures[0].column is None or {t.name for t in d.tables()} != {table.name}:
        return
    noun = _ranked_noun(d)
    if noun is None:
        return
    column = label(table)
    rows = table.row_count or 0
    if column is None or column.semantic not in ("nominal", "geo", "key"):
        return
    if not rows or (column.distinct or 0) < 0.95 * rows:
        return  # its values repeat: a bar each would add rows up
    d.dims.append(Dim(table, column, words=(noun, noun + 1)))
    d.q.claim(noun, noun + 1, "ranked rows")


def _ranked_noun(d: Draft) -> int | None:
    """The plural noun within two words after the top N's number ("the 4 mammals",
    "top 10 heaviest mammals")."""
    start = next(
        (w.i for w in d.q.words if w.number == d.r.top and d.q.used.get(w.i) == "top N"), None
    )
    if start is None:
        return None
    stop = instruction_words()
    for i in range(start + 1, min(start + 3, len(d.q))):
        word = d.q.words[i].text
        if not d.q.free(i) or any(m.lo <= i < m.hi for m in d.mentions):
            continue
        if word.isalpha() and word not in stop and lemma(word) != word:
            return i
    return None
