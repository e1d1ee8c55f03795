"""Numbers said of people as words: an ordinal before a column's name is a value of that
column ("12th-grade girls", "the lightest 9th grader", "students in 10th grade" keep
``grade = '12'``, 9, 10, where the column holds that number) — never a grouping by the
column, nor the number left out; "17-year-olds" are the rows of age 17."""

from __future__ import annotations

import re

from ..lexicon import lemma, split_name
from .draft import Draft
from .link import Candidate, Mention
from .question import Question
from .reading import Compare, Reading, claim, is_free

__all__ = ["ordinal_values", "read_year_olds"]

_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")


def ordinal_values(d: Draft) -> None:
    """Replace each "<ordinal> <column's name>" by a value mention of that column."""
    words = d.q.words
    for w in words[:-1]:
        found = _ORDINAL.fullmatch(w.text)
        if found is None or not d.q.free(w.i):
            continue
        after = words[w.i + 1]
        said = {after.text, lemma(after.text), after.text.removesuffix("r")}  # "grader"
        for m in d.free():
            column = m.column if m.kind == "column" else None
            if column is None or m.lo != w.i + 1 or not said & set(split_name(column.name)):
                continue
            value = next((v for v in column.samples if str(v) == found[1]), None)
            if value is None:
                continue
            d.take(m, "value")
            d.mentions.append(Mention(w.i, m.hi, [Candidate("value", m.table, column, value)]))
            break


#: "17-year-olds", "16 year olds", "a 17-year-old student": an age said as a noun
_YEAR_OLDS = re.compile(r"\b(\d{1,3}) year-? ?olds?\b")
#: "in their 20s", "in his 40s": the ten ages of a decade of life
_AGE_DECADE = re.compile(r"\bin (?:their|his|her|the) ([1-9]0) ?'? ?s\b")


def read_year_olds(q: Question, r: Reading) -> None:
    """ "number of 17-year-olds": the rows whose age is 17 (``age = 17``); "in their 20s":
    the ages 20 to 29."""
    for m in _YEAR_OLDS.finditer(q.joined()):
        if not is_free(q, m):
            continue
        lo, hi = q.span(m.start(), m.end())
        value = q.words[lo].number
        if value is None:
            continue
        r.compares.append(Compare("=", value, lo, hi, lo, implied=("age",), only_implied=True))
        claim(q, m, "comparison =")
    for m in _AGE_DECADE.finditer(q.joined()):  # "runners in their 20s": ages 20 to 29
        if is_free(q, m):
            lo, hi = q.span(m.start(), m.end())
            first = float(m[1])
            for op, value in ((">=", first), ("<=", first + 9)):
                r.compares.append(
                    Compare(op, value, lo, hi, lo + 2, between=True, implied=("age",))
                )
            claim(q, m, "comparison between")
