"""The earliest or latest year or date of something: "earliest birth year of a left-hander",
"latest survey year in each wave", "what year is the first marathon record from?" — the
minimum (or maximum) of the year or date column, one number per group, never the count of
rows per year that the year word alone would draw."""

from __future__ import annotations

import re

from .draft import Draft, Measure, calendar_part
from .link import Mention

__all__ = ["time_extremes"]

#: words that ask for the earliest or the latest of a year or a date
_EXTREMES = {"earliest": "min", "latest": "max", "newest": "max", "recent": "max"}
#: … and, once the question asks for a year or a time ("what year", "when"), also these
_ORDINALS = {"first": "min", "oldest": "min", "last": "max"}
#: the question asks for a year or a moment: "what year", "when did …", "year of the first …"
_ASKS_WHEN = re.compile(
    r"\b(?:what|which) year\b|^when (?:did|was|were|is|does|do|had)\b"
    r"|\b(?:year|date) of (?:the|its|their|his|her) (?=first|earliest|oldest|last|latest)"
)


def time_extremes(d: Draft) -> None:
    """The minimum or maximum of a year or date column named after "earliest"/"latest" (or
    asked for by "what year … the first …"), before any step reads the year as a grouping."""
    if d.measures or d.r.top is not None or d.r.sort_words is not None:
        return
    words = d.q.texts()
    asked = _ASKS_WHEN.search(d.q.joined())
    for i, w in enumerate(words):
        agg = _EXTREMES.get(w) or (_ORDINALS.get(w) if asked else None)
        if agg is None or (w == "recent" and words[i - 1 : i] != ["most"]):
            continue
        if i + 1 < len(words) and d.q.words[i + 1].number is not None:
            continue  # "the first 10", "the last 3 years": a count of them, no extreme
        m = _dated_after(d, i)
        if m is None and asked:
            m = _dated_asked(d, asked.start(), asked.end())
        if m is None or m.column is None:
            continue
        d.measures.append(Measure(agg, m.table, m.column, explicit=True))
        d.take(m, f"measure {agg}")
        d.q.claim(i - (w == "recent"), i + 1, f"aggregate {agg}")
        return


def _dated(m: Mention) -> bool:
    return m.column is not None and (
        m.column.semantic == "temporal" or calendar_part(m.column) == "year"
    )


def _dated_after(d: Draft, i: int) -> Mention | None:
    """A year or date column named within three words after word ``i`` ("earliest [birth
    year]"), not right after "first"/"last" ("the last year": a time range)."""
    if d.q.words[i].text in _ORDINALS:
        return None
    return next((m for m in d.free() if i < m.lo <= i + 3 and _dated(m)), None)


def _dated_asked(d: Draft, start: int, end: int) -> Mention | None:
    """The year column the words "what year" name, when they name one."""
    lo, hi = d.q.span(start, end)
    return next((m for m in d.free() if lo <= m.lo < hi and _dated(m)), None)
