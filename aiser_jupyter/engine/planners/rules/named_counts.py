"""Columns whose name holds the counting words: "the total number of deaths" against the
column ``number_deaths`` names that column (a number already), not a count of rows beside it;
"number of working students" against ``count_working`` is that column's sum."""

from __future__ import annotations

from ..count_names import COUNT_FORMS
from ..lexicon import lemma, split_name
from .draft import Draft, summable
from .link import Candidate, Mention

__all__ = ["count_column", "count_named_column", "counted_noun_after"]


def count_named_column(d: Draft, lo: int, hi: int) -> Mention | None:
    """The free column mention that begins inside the count words ``lo..hi-1`` ("number")
    and runs past them ("number of deaths"), if the words name a number column."""
    for m in d.mentions:
        if id(m) in d.used or m.kind != "column" or m.column is None:
            continue
        if lo < m.lo < hi < m.hi and m.column.semantic == "quantitative":
            return m
    return None


def count_column(d: Draft, m: Mention) -> Candidate | None:
    """ "number of working students", "how many employees": the column of ``m`` named by a
    count word and exactly the mention's words (count_working, num_employees, pop_count),
    holding whole numbers of at least 0 that add up — each row's count of those things."""
    said = [lemma(w) for w in d.q.texts(m.lo, m.hi)]
    for c in m.cands:
        column = c.column
        if c.kind != "column" or column is None or "int" not in column.type.lower():
            continue
        if not (isinstance(column.min, (int, float)) and column.min >= 0):
            continue
        for words in (split_name(column.name), split_name(column.name, expand=False)):
            rest = words[1:] if words[:1] and words[0] in COUNT_FORMS else words[:-1]
            if (
                len(rest) == len(words) - 1
                and rest == said
                and (words[0] in COUNT_FORMS or words[-1] in COUNT_FORMS)
                and summable(c.table, column)
            ):
                return c
    return None


def counted_noun_after(d: Draft, m: Mention) -> None:
    """ "number of working [students]": a plural noun right after the words of a column of
    counts, that names nothing in the schema, is what the column counts."""
    i = m.hi
    if i >= len(d.q) or not d.q.free(i) or any(x.lo <= i < x.hi for x in d.mentions):
        return
    word = d.q.words[i].text
    if word.isalpha() and lemma(word) != word:
        d.q.claim(i, i + 1, "counted")
