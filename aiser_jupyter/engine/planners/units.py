"""Calendar words that are a measure's unit, not a date part: "average **hours** of sleep",
"**hours** awake", "**months** of inventory", "histogram in 2-**hour** bins". The number is
in those units already; the word adds no grouping and no condition."""

from __future__ import annotations

from .facts import Facts
from .lexicon import MEASURE_UNITS, lemma, split_name

__all__ = [
    "UNIT_WORDS",
    "is_unit_of_measure",
    "measured_in",
    "stored_unit",
    "unread_date",
]

#: calendar units as a quantity's unit ("hours of sleep"), singular and plural
UNIT_WORDS = frozenset(
    [
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
    ]
)
#: a scale a number is read in ("in millions"), said of the display, no condition
_DISPLAY_SCALES = frozenset(["hundreds", "thousands", "millions", "billions"])
_BINS = frozenset(["bin", "bins", "interval", "intervals", "bucket", "buckets", "wide", "steps"])


#: words after a number that make it a comparison, not a quantity with a unit ("65 and older")
_NOT_A_UNIT = frozenset(
    ["and", "or", "older", "younger", "over", "under", "above", "below", "plus", "up"]
)


#: groups of a number stated in years ("10-year groups", "5-year bands")
_GROUPS = frozenset(["group", "groups", "band", "bands", "bracket", "brackets", "cohorts"])


def is_unit_of_measure(i: int, words: list[str], measure_at: set[int]) -> bool:
    """Whether word ``i`` is the unit of a measure the words at ``measure_at`` name: right before
    it ("hours awake"), before "of" and it ("months of inventory"), or a bin width
    ("2-hour bins", "in bins of 2 hours"), or the period of a rate ("15 hours a day")."""
    word = words[i]
    if word in _DISPLAY_SCALES and i and words[i - 1] == "in":
        return bool(measure_at)  # "population (in millions)": how the number is read
    if word not in UNIT_WORDS:
        return False
    nxt = words[i + 1] if i + 1 < len(words) else ""
    prev = words[i - 1] if i else ""
    if word.endswith("s") and (i + 1 in measure_at or (nxt == "of" and i + 2 in measure_at)):
        return True
    if prev in ("a", "an", "per") and any(
        j >= 0
        and words[j].replace(".", "", 1).isdigit()
        and not set(words[j + 1 : i - 1]) & _NOT_A_UNIT
        for j in (i - 2, i - 3, i - 4)
    ):
        return True  # "more than 15 hours a day", "10 flight hours a day": a rate's period
    number = prev.replace(".", "", 1).isdigit()
    after = words[i + 2] if nxt == "age" and i + 2 < len(words) else nxt  # "10-year age groups"
    grouped = word == "year" and after in _GROUPS
    return number and (
        nxt in _BINS or grouped or (i >= 3 and words[i - 3 : i - 1] == ["bins", "of"])
    )  # "2-hour bins", "10-year age groups" (of the ages' bins, :mod:`.rules.bin_widths`)


def measured_in(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """Whether ``words[i]``, unexplained, is what a calendar unit before "of" measures ("years
    of [schooling]", "hours of [sleep]"), the unit read as a date column's name: the plan
    measures the dates, not the quantity asked for."""
    return (
        i >= 2
        and words[i - 1] == "of"
        and words[i - 2] in UNIT_WORDS
        and words[i - 2].endswith("s")
        and why_at.get(i - 2) in ("name", "measure name", None)  # … or unexplained itself
    )


def unread_date(word: str, facts: Facts) -> bool:
    """Whether "date" ("per year of the match [date]") names a date column of the plan's
    tables that the plan does not read, while it reads no date column: the year drawn is
    another column's (a season), not the date's."""
    if word not in ("date", "dates") or facts.catalog is None:
        return False
    dates = [
        (name, column.name.lower())
        for name in facts.tables
        if (table := facts.catalog.table(name)) is not None
        for column in table.columns
        if column.semantic == "temporal" and "date" in split_name(column.name)
    ]
    return bool(dates) and not any(d in facts.columns for d in dates)


def stored_unit(i: int, words: list[str], values: dict[str, set[str]]) -> bool:
    """A unit word with no number before it that a column stores as a whole value."""
    before = words[i - 1] if i else ""
    return lemma(words[i]) in MEASURE_UNITS and words[i] in values and not before[:1].isdigit()
