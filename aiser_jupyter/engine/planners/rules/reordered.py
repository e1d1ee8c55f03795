"""A two-piece column name said the way an analyst says it, around a word the linker matched
alone: the pieces in the other order ("accident year" of ``yearacc``) or joined by "of"
("year of accident"), a piece abbreviating its word. The mention takes the whole phrase and
names that column only — "year" alone would name ``yearacc`` and ``yearVeh`` equally."""

from __future__ import annotations

from ...catalog.model import Catalog, Column
from ..lexicon import FUNCTION_WORDS, lemma, split_name
from ..spelled import reordered_at
from ..words import AGGREGATE_WORDS
from .link import Candidate, Mention
from .question import Question
from .reading import Reading

__all__ = ["reordered_names"]

#: the score of a column named by both its pieces (below an exact name, above a part of one)
SCORE = 0.95


def reordered_names(
    q: Question, catalog: Catalog, r: Reading, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with each one-word column mention widened over the free, unlinked word
    before it ("accident [year]") or the "of" phrase after it ("[year] of accident") when
    the two words spell one of its columns' two pieces. An aggregate word before it stays
    the aggregate ("median income by year": a median of ``income_med``) unless the rows'
    values are compared ("colleges with median earnings above $100,000": ``earnings_med``)."""
    words = [w.text for w in q.words]
    linked = {i for m in mentions for i in range(m.lo, m.hi)}
    compared = {c.lo for c in r.compares}
    for m in mentions:
        if m.hi - m.lo != 1:
            continue
        for c in m.cands:
            if c.kind != "column" or c.column is None:
                continue
            before = m.lo - 1
            if (
                before >= 0
                and before not in linked
                and q.free(before)
                and (words[before] not in AGGREGATE_WORDS or m.hi in compared)
                and reordered_at(catalog, c.table.name, c.column.name, words, before) == 2
            ):
                _widen(m, c, before, m.hi)
                break
            after = m.hi + (2 if words[m.hi + 1 : m.hi + 2] == ["the"] else 1)
            if (
                after < len(words)
                and after not in linked
                and words[m.hi] == "of"
                and all(q.free(i) for i in range(m.hi, after + 1))
                and _of_phrase(c.column, words[m.lo], words[after])
            ):
                _widen(m, c, m.lo, after + 1)
                break
    return mentions


def _widen(m: Mention, c: Candidate, lo: int, hi: int) -> None:
    m.lo, m.hi = lo, hi
    m.cands = [Candidate("column", c.table, c.column, None, max(c.score, SCORE))]


def _of_phrase(column: Column, first: str, second: str) -> bool:
    """ "year of accident" for ``yearacc``, "day of the pandemic" for ``pan_day``: one piece,
    "of" (and "the"), then a word the other piece is or begins."""
    pieces = [p for p in split_name(column.name, expand=False) if p not in FUNCTION_WORDS]
    if len(pieces) != 2 or not second.isalpha():
        return False
    word = lemma(second)
    return any(
        lemma(first) == one and (word == other or (len(other) >= 3 and word.startswith(other)))
        for one, other in (pieces, pieces[::-1])
    )  # "year of accident" for yearacc, "day of the pandemic" for pan_day
