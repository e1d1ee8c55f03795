"""Open ranges said of a numbered thing: "from day 50 on", "since week 3", "after round 2",
"up to lap 10", "over the first 30 days". Each is a comparison on the column the noun names
(``day >= 50``, ``day <= 30``), never that one value."""

from __future__ import annotations

import re

from sqlglot import exp

from .draft import Dim, Draft
from .implied import implied_column
from .question import Question
from .reading import MONTH_RE, Compare, Reading, is_free

__all__ = ["onward_axis", "read_first", "read_onward"]

_N = r"(\d+)(?![.\d])"
_NOUN = rf"(?!(?:the|a|an|of|and|or|to|{MONTH_RE})\b)([a-z][a-z_]*)"  # never "June 2014"

#: (pattern with the noun as group 1 and the number as group 2, operator)
_BEFORE_NOUN: tuple[tuple[str, str], ...] = (
    (rf"\bfrom {_NOUN} {_N} (?:on(?:wards?)?|and (?:after|later|beyond|up))\b", ">="),
    (rf"\b(?:since|starting (?:from|at|with)|beginning (?:at|with)) {_NOUN} {_N}\b", ">="),
    (rf"\bafter {_NOUN} {_N}\b", ">"),
    (rf"\bbefore {_NOUN} {_N}\b", "<"),
    (rf"\b(?:until|up to|through|till) {_NOUN} {_N}\b", "<="),
)

#: "the first 30 days": the days numbered up to 30 (the unit after the number names them)
#: … and "in their first 3 seasons or less": a bound on what numbers the seasons, no top 3
_FIRST = (
    rf"\b(?:(?:over|in|during|for|within) )?(?:the|their|its|his|her) first {_N} "
    rf"(?=(?:day|week|month|hour|minute|second)s\b|[a-z]+s or (?:less|fewer)\b)"
)


def read_onward(q: Question, r: Reading) -> None:
    text = q.joined()
    for pattern, op in _BEFORE_NOUN:
        for m in re.finditer(pattern, text):
            if not is_free(q, m):
                continue
            noun = q.span(m.start(1), m.end(1))[0]
            ni = q.span(m.start(2), m.end(2))[0]
            value = q.words[ni].number
            if value is None or noun + 1 != ni or q.words[noun].number is not None:
                continue
            # the noun stays free: it names the column compared, right before the number
            unit = (q.words[noun].lemma,)
            r.compares.append(Compare(op, value, ni, ni + 1, ni, implied=unit, only_implied=True))
            q.claim(*q.span(m.start(), m.start(1)), f"comparison {op}")
            q.claim(*q.span(m.start(2), m.end()), f"comparison {op}")


def read_first(q: Question, r: Reading) -> None:
    """ "over the first 30 days" (before a top N reads "first 30")."""
    for m in re.finditer(_FIRST, q.joined()):
        if not is_free(q, m):
            continue
        lo, hi = q.span(m.start(), m.end())
        ni = q.span(m.start(1), m.end(1))[0]
        value = q.words[ni].number
        if value is None:
            continue
        unit = (q.words[hi].lemma,)  # the days: a column that numbers days
        r.compares.append(Compare("<=", value, lo, hi, ni, implied=unit, only_implied=True))
        q.claim(lo, hi, "comparison <=")


def onward_axis(d: Draft) -> None:
    """ "trend of the average delay over the first 30 days": a trend asked with nothing
    grouped runs along the numbered column the range is on (the days), as a line."""
    if d.dims or not d.r.over_time or len(d.measures) != 1 or d.r.mark not in (None, "line"):
        return
    for cmp in d.r.compares:
        found = implied_column([t for t, _ in d.where], cmp.implied) if cmp.only_implied else None
        if found is None:
            continue
        table, column = found
        if any(
            c.name == column.name
            for t, cond in d.where
            if t is table
            for c in cond.find_all(exp.Column)
        ):
            d.dims.append(Dim(table, column))
            return
