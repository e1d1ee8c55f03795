"""The step that reads "<number's name> of <number>" as an equality: "inspections that got a
score of 100", "respondents with a vocabulary score of 10" → score = 100, vocab = 10 — only
when the number is one the column takes (inside its range; whole for a column of whole
numbers) and no comparison or unit follows it."""

from __future__ import annotations

import re

from sqlglot import exp

from ...catalog.model import Column
from ..text_numbers import text_with_words
from .draft import Draft, column_ref
from .reading import YEAR_RE

__all__ = ["number_of"]

#: words for the kind of number a column holds, said after its name ("vocabulary score of
#: 10" of ``vocab``): they add nothing to which column is meant
_KIND_NOUNS = frozenset(["score", "value", "level", "rating", "grade", "mark"])
#: what after the number makes it something else than the value ("of 10%", "of 5 years")
_NOT_AFTER = frozenset(["%", "percent", "per", "times", "-"])
#: the words that may follow the value: the end of its phrase ("of 10, by year")
_CONNECTIVES = frozenset(
    [
        "by",
        "in",
        "for",
        "since",
        "during",
        "and",
        "or",
        "over",
        "across",
        "from",
        "on",
        "at",
        "as",
        "with",
        "among",
        "each",
        "before",
        "after",
        "between",
        "until",
        "to",
        "?",
        ",",
    ]
)


def number_of(d: Draft) -> None:
    """ "a perfect score of 100": WHERE score = 100."""
    words = d.q.words
    for w in words:
        if w.number is None or w.i < 2 or not d.q.free(w.i) or w.hyphen:
            continue
        if words[w.i - 1].text != "of" or not d.q.free(w.i - 1):
            continue
        if re.fullmatch(YEAR_RE, w.text) or (
            w.i + 1 < len(words) and words[w.i + 1].text in _NOT_AFTER
        ):
            continue  # "population of 2010": a year, no value of the population
        if w.i + 1 < len(words) and words[w.i + 1].text not in _CONNECTIVES:
            continue  # "average score of 100 inspections": a count of things, no value
        m = next((x for x in d.mentions if x.hi == w.i - 1 and x.column is not None), None)
        if m is None and words[w.i - 2].text in _KIND_NOUNS and d.q.free(w.i - 2):
            m = next((x for x in d.mentions if x.hi == w.i - 2 and x.column is not None), None)
        if m is None or m.column is None or not _takes(m.column, w.number):
            continue
        if m.column.semantic != "quantitative" or text_with_words(m.column):
            continue
        value = int(w.number) if float(w.number).is_integer() else w.number
        cond = exp.EQ(this=column_ref(m.table, m.column), expression=exp.convert(value))
        d.where.append((m.table, cond))
        d.q.claim(m.hi, w.i + 1, "value")
        if id(m) not in d.used:
            d.take(m, "compared")


def _takes(column: Column, value: float) -> bool:
    """Whether ``column`` may hold ``value``: inside its profiled range, and whole where the
    column holds whole numbers."""
    try:
        lo, hi = float(column.min), float(column.max)
    except (TypeError, ValueError):
        return False
    whole = "int" in column.type.lower()
    return lo <= value <= hi and (not whole or float(value).is_integer())
