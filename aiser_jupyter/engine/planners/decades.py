"""A decade said as its first year and an s ("in the 1980s", "the 1990's"), read from a plan.

The rules planner keeps "the 1980s" as the years 1980 to 1989; the honesty account would
otherwise find no number 1980s in the plan and report the word as not used, under a chart
that does filter on it. A decade is explained only when both its first and last year are
numbers of the plan; one the plan does not keep is a number left out ("the 1980s and
[1990s]" drawn for the 1980s alone), which changes the answer.
"""

from __future__ import annotations

import re

from .facts import Facts

__all__ = ["decade_words", "is_decade"]

_DECADE = re.compile(r"(1[0-9]{2}0|20[0-9]0)'?s")
#: a decade of life after "their", "his", "her" ("in their [20s]"): ages, not years
_AGE_DECADE = re.compile(r"([1-9]0)'?s")
_OWNERS = frozenset(["their", "his", "her"])


def decade_words(words: list[str], facts: Facts) -> set[int]:
    """Indexes of the decades in ``words`` whose ten years the plan keeps, of "teenage"
    where it keeps the ages 13 to 19, and of "year old(s)" after an age it keeps."""
    found: set[int] = set()
    kept = facts.numbers | {float(y) for y in facts.years}
    for i, word in enumerate(words):
        if (decade := _DECADE.fullmatch(word)) is not None:
            first = float(decade[1])
            if (end := _range_end(words, i)) is not None and {first, end[1]} <= kept:
                found.update((i, end[0]))
            elif first in kept and _ends(first) & kept:
                found.add(i)
        elif (age := _AGE_DECADE.fullmatch(word)) and i and words[i - 1] in _OWNERS:
            if {float(age[1]), float(age[1]) + 9} <= facts.numbers:
                found.add(i)  # "runners in their 20s": the ages 20 to 29 kept
        elif word in _TEENS and {13.0, 19.0} <= facts.numbers:
            found.add(i)  # "teenage victims (13 to 19)": the ages kept
        elif (
            word == "year"
            and words[i + 1 : i + 2] in (["old"], ["olds"])
            and _aged(i, words, facts)
        ):
            found.update((i, i + 1))  # "17-year-olds": age = 17 kept
    return found | _recent(words, facts)


def _ends(first: float) -> set[float]:
    """The last years "the 1860s" may mean: 1869; of "the 1800s" 1899 (a century) as well."""
    return {first + 9, first + 99} if first % 100 == 0 and first < 2000 else {first + 9}


def _range_end(words: list[str], i: int) -> tuple[int, float] | None:
    """Where the second decade of "1900s to [the] 1990s" is and its last year, when ``i`` is
    the first of the two."""
    if words[i + 1 : i + 2] not in (["to"], ["through"], ["until"]):
        return None
    j = i + 3 if words[i + 2 : i + 3] == ["the"] else i + 2
    decade = _DECADE.fullmatch(words[j]) if j < len(words) else None
    return (j, float(decade[1]) + 9) if decade is not None else None


def _aged(i: int, words: list[str], facts: Facts) -> bool:
    """The number before "year old" at ``i`` is one the plan compares an age with."""
    before = words[i - 1] if i else ""
    return "age" in facts.names and before.isdigit() and float(before) in facts.numbers


#: "the last 3 months", "the past year": the latest periods before the data's last date
_RECENT = frozenset(["last", "past", "previous", "recent"])
_PERIODS = frozenset(["day", "week", "month", "quarter", "year"])


def _recent(words: list[str], facts: Facts) -> set[int]:
    """Indexes of "last 3 months" and the like when the plan keeps exactly those periods
    before the latest date of a date column it reads (:func:`.rules.ranges.relative_start`)."""
    from .rules.ranges import relative_start

    found: set[int] = set()
    for i, word in enumerate(words[:-1]):
        if word not in _RECENT:
            continue
        count, j = (int(words[i + 1]), i + 2) if words[i + 1].isdigit() else (1, i + 1)
        unit = words[j].rstrip("s") if j < len(words) else ""
        if unit not in _PERIODS:
            continue
        starts = {relative_start(c, count, unit) for c in facts.read_columns()}
        if {s for s in starts if s} & {d.isoformat() for d in facts.days}:
            found.update(range(i, j + 1))
    return found


#: the words for the ages thirteen to nineteen
_TEENS = frozenset(["teen", "teens", "teenage", "teenaged", "teenager", "teenagers"])


def is_decade(word: str) -> bool:
    """Whether ``word`` is a decade ("1990s"): left out, the chart covers other years."""
    return _DECADE.fullmatch(word) is not None or _AGE_DECADE.fullmatch(word) is not None
