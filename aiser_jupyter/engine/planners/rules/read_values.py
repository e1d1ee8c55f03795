"""Stored values the reader read as something else, given back to linking: a sign word
("tests that came back positive" over a ``result`` column holding positive / negative /
invalid: the rows of that value, not a comparison with 0) and a chart word inside a
value's name ("Delta Air Lines": an operator, not a line chart)."""

from __future__ import annotations

from ...catalog.model import Catalog
from ..linker import Linker
from .link import linker
from .question import Question
from .reading import Reading

__all__ = ["values_over_reading"]

#: a text column with at most this many distinct values holds categories a word may name
_FEW = 20
#: nouns after a sign word that name numbers, whatever the schema calls them
_NUMBER_NOUNS = frozenset(
    ["number", "value", "amount", "figure", "total", "sum", "change", "difference", "integer"]
)


def values_over_reading(q: Question, r: Reading, catalog: Catalog) -> None:
    """Undo what the reader read in words that spell a stored value (see the module)."""
    lk = linker(catalog)
    _sign_values(q, r, lk)
    _chart_word_values(q, r, lk)


def _sign_values(q: Question, r: Reading, lk: Linker) -> None:
    """A sign word ("positive", "negative") that is exactly a value of one low-cardinality
    text column is that value, unless a number follows it ("positive balances")."""
    for cmp in list(r.compares):
        if not cmp.after or cmp.hi - cmp.lo != 1:
            continue
        word = q.words[cmp.lo]
        holders = {
            (id(t), id(c))
            for t, c, v in lk.values.get((word.lemma,), [])
            if isinstance(v, str)
            and v.strip().lower() == word.text
            and c.semantic != "quantitative"
            and 0 < (c.distinct or _FEW + 1) <= _FEW
        }
        if len(holders) != 1 or _number_follows(q, cmp.hi, lk):
            continue
        r.compares.remove(cmp)
        q.used.pop(cmp.lo, None)


def _number_follows(q: Question, i: int, lk: Linker) -> bool:
    """ "positive values", "negative account balance": the word after names a number."""
    if i >= len(q.words):
        return False
    nxt = q.words[i].lemma
    if nxt in _NUMBER_NOUNS:
        return True
    return any(
        kind == "column" and col is not None and col.semantic == "quantitative"
        for kind, _, col, _ in lk.phrases.get((nxt,), [])
    )


def _chart_word_values(q: Question, r: Reading, lk: Linker) -> None:
    """ "Delta Air Lines": a chart word that ends (or sits inside) a stored value of several
    words, the others free, is a word of that value; the chart's form is not said by it."""
    claimed = [i for i, why in q.used.items() if why == "chart type"]
    if not claimed:
        return
    lo, hi = min(claimed), max(claimed) + 1
    n = len(q.words)
    for a in range(max(0, lo - 3), lo + 1):
        for b in range(hi, min(n, hi + 3) + 1):
            if b - a < 2 or (a, b) == (lo, hi):
                continue
            outside = [i for i in range(a, b) if not lo <= i < hi]
            if any(not q.free(i) or q.words[i].quoted for i in outside):
                continue
            if lk.values.get(tuple(w.lemma for w in q.words[a:b])):
                for i in claimed:
                    q.used.pop(i, None)
                r.mark = None
                return
