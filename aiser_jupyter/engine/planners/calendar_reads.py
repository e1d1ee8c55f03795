"""Why a word of time is explained by a plan: a time unit it groups by ("per month"), the
part a unit is of ("day of the week"), the rows counted ("number of days"), what each row is
("average daily low", "births per day" of one row per date), or a pay's period ("weekly
wage")."""

from __future__ import annotations

from .count_names import counted
from .date_grain import grouped_at_own_grain
from .facts import Facts
from .lexicon import lemma
from .row_grain import GRAINS, dated_rows_drawn, per_row_unit, rows_are, rows_by_part
from .words import CALENDAR_WORDS

__all__ = ["explain_calendar"]


#: "month of the year", "day of the week", "hour of the day": the part, not a second unit
_PART_OF = {
    "year": ("month", "quarter", "week", "day", "half"),
    "week": ("day",),
    "day": ("hour", "time"),
}


def explain_calendar(word: str, base: str, i: int, words: list[str], facts: Facts) -> str | None:
    units = CALENDAR_WORDS.get(base) or CALENDAR_WORDS[word]
    if facts.units & set(units) or base in facts.names or facts.parts & (set(units) | {base}):
        return "time unit"
    if grouped_at_own_grain(units, facts):
        return "time unit"  # "quarter by quarter" of a quarterly series, drawn by its dates
    if word == "year" and words[i - 2 : i] in _THROUGH and facts.units:
        return "time unit"  # "daily demand through the year": along a time axis
    k = i - 1 if words[i - 1 : i] in (["the"], ["a"]) else i if base in ("day", "year") else -1
    if k >= 2 and words[k - 1] == "of" and lemma(words[k - 2]) in _PART_OF.get(base, ()):
        return "time unit"  # "month of the year", "hour of day" once the part is explained
    if (
        (counted(i, words) or _charted(i, words))
        and facts.aggregates & {"count"}
        and (rows_are(base, facts) or rows_by_part(base, facts))
    ):
        return "counted rows"  # "number of days", "pie of trading days" of one row per day
    if per_row_unit(i, words, base, facts):
        return f"rows are {base}s"  # "average births per day" of one row per date
    grain = GRAINS.get(word)
    if (
        grain is not None
        and i + 1 < len(words)
        and (rows_are(grain, facts) or rows_by_part(grain, facts) or dated_rows_drawn(grain, facts))
    ):
        return f"rows are {grain}s"  # "average daily low" in a table of one row per day;
    if grain is not None and lemma(" ".join(words[i + 1 : i + 2])) in _PAID and not facts.units:
        return "period of the pay"  # "average weekly wage": a wage per week, no date
    return None  # "highest monthly sales" in a table of one row per city and month


#: "through the year", "over the year": along the year, whatever unit the axis has
_THROUGH = [[over, "the"] for over in ("through", "throughout", "over", "across")]


#: amounts paid or earned per period, which a period adjective before them describes
_PAID = frozenset(["wage", "pay", "salary", "earnings", "income", "rent", "allowance", "benefit"])


#: nouns of a chart of counted things ("pie of trading days by year")
_CHARTS = frozenset(["pie", "chart", "bars", "breakdown", "distribution", "split", "share"])


def _charted(i: int, words: list[str]) -> bool:
    """Whether word ``i`` is what a chart shows, counted: "pie of [trading] days", with at
    most one word between "of" and it."""
    for j in (i - 1, i - 2):
        if j >= 1 and words[j] == "of":
            return words[j - 1] in _CHARTS
    return False
