"""Read a question's intent: chart words, time units and filters, top-N, sorting,
and which spans talk about measures and which about groupings.

Pure text work on the question; linking the spans to the schema is
:mod:`.lexicon`'s job and building the SQL is :mod:`.rules`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Intent", "TimeFilter", "read_intent"]

MARK_WORDS: tuple[tuple[str, str], ...] = (
    (
        r"\b(pie|donut|doughnut)\b|\bshare of\b|\bproportions?\b|\bpercentage of\b|\bcomposition\b",
        "arc",
    ),
    (r"\bheat ?map\b", "heatmap"),
    (r"\bbox ?(plot|chart)s?\b|\bboxplots?\b|\bwhiskers?\b", "box"),
    (r"\bhistograms?\b|\bdistribution of\b", "histogram"),
    (
        r"\bscatter(plot)?\b|\bvs\.?\b|\bversus\b|\bagainst\b|\bcorrelat\w*\b|\brelationship between\b",
        "point",
    ),
    (r"\barea (chart|plot|graph)\b|\bstacked area\b", "area"),
    (r"\bline\b|\btrends?\b|\bover time\b|\btime ?series\b|\bevolution\b", "line"),
    (r"\bbars?\b|\bcolumn (chart|graph)\b", "bar"),
    (r"\bas a table\b|\bin a table\b|\btabulate\b", "table"),
)
TIME_UNIT_WORDS: tuple[tuple[str, str], ...] = (
    (r"\bmonth of (the )?year\b|\bcalendar month\b|\bseasonality\b", "month"),
    (r"\bweekdays?\b|\bday of (the )?week\b|\bdays of (the )?week\b|\bday-of-week\b", "weekday"),
    (r"\bhour of (the )?day\b|\bhourly\b|\b(per|by|each|every) hour\b", "hour"),
    (
        r"\bmonthly\b|\b(per|by|each|every|a) month\b|\bmonth (by|over|to) month\b|\bmonthly basis\b",
        "yearmonth",
    ),
    (r"\bquarterly\b|\b(per|by|each|every|a) quarter\b", "yearquarter"),
    (r"\bweekly\b|\b(per|by|each|every|a) week\b", "yearweek"),
    (r"\bdaily\b|\b(per|by|each|every|a) (day|date)\b|\bday by day\b", "day"),
    (
        r"\byearly\b|\bannual(ly)?\b|\b(per|by|each|every|a) year\b|\byear (by|over|to) year\b",
        "year",
    ),
)
DIMENSION_MARKERS = re.compile(
    r"\b(?:broken down by|split by|grouped by|group by|for each|for every|in each|of each|across|per|by|"
    r"according to|for different|for the different|among|within each)\b"
)
MEASURE_SPLIT = re.compile(r"\b(?:vs\.?|versus|against|and)\b")
AGGREGATE_WORDS: tuple[tuple[str, str], ...] = (
    (r"\bhow many\b|\bnumber of\b|\bcount of\b|\bcounts?\b|\bfrequency\b|\btally\b", "count"),
    (r"\b(distinct|unique|different)\b", "distinct"),
    (r"\baverage\b|\bavg\b|\bmean\b|\btypical\b", "mean"),
    (r"\bmedian\b", "median"),
    (r"\btotal\b|\bsum\b|\boverall\b|\bcombined\b|\bcumulative\b", "sum"),
    (r"\bmaximum\b|\bmax\b|\bhighest\b|\blargest\b|\bbiggest\b|\bpeak\b|\bmost expensive\b", "max"),
    (r"\bminimum\b|\bmin\b|\blowest\b|\bsmallest\b|\bcheapest\b", "min"),
)
OVER_TIME = re.compile(r"\b(?:over|through|across) time\b|\btime ?series\b")
TOP_N = re.compile(r"\b(top|first|best|largest|biggest|highest|most)\s+(\d+)\b")
BOTTOM_N = re.compile(r"\b(bottom|last|worst|smallest|lowest|least)\s+(\d+)\b")
DESC = re.compile(
    r"\b(descending|desc|decreasing|highest first|largest first|biggest first|from high(est)? to low(est)?|most first)\b"
)
ASC = re.compile(
    r"\b(ascending|asc|increasing|lowest first|smallest first|from low(est)? to high(est)?|alphabetical(ly)?|a to z|least first)\b"
)
SORT_PHRASES = re.compile(
    r"\b(?:(?:sorted|sort|ordered|order|rank(?:ed)?|arranged?)\s+(?:it\s+|them\s+)?(?:by|in|from)?\s*)?"
    r"(?:(?:in\s+)?(?:descending|ascending|decreasing|increasing|alphabetical)\s*(?:order)?)"
    r"|\b(?:sorted|ordered|ranked)\b|\border by\b"
)
STOP_AFTER_DIMS = re.compile(
    r"\b(since|from|in|during|for|before|after|between|where|with|whose|as|only|excluding|sorted|ordered|last|past|top|bottom|that|which|when)\b"
)
YEAR = r"((?:19|20)\d\d)"


@dataclass(frozen=True)
class TimeFilter:
    """A range on the time axis: ``lo <= t < hi`` (ISO dates; either may be open)."""

    lo: str | None = None
    hi: str | None = None
    relative: tuple[int, str] | None = None  #: last N units, relative to the data's latest date


@dataclass
class Intent:
    text: str
    mark: str | None = None
    stack: str | bool | None = None
    time_unit: str | None = None
    time_filter: TimeFilter | None = None
    top: int | None = None
    descending: bool | None = None
    measure_text: str = ""
    dimension_text: str = ""
    aggregate: str | None = None
    over_time: bool = False  #: "over time", "time series": along the date axis at its natural unit
    notes: list[str] = field(default_factory=list)


def _first(patterns: tuple[tuple[str, str], ...], text: str) -> str | None:
    for pattern, value in patterns:
        if re.search(pattern, text):
            return value
    return None


def normalise(question: str) -> str:
    """Lower case, number words as digits, punctuation spaced out."""
    text = question.strip().lower().replace("’", "'")
    try:
        from text_to_num import alpha2digit

        text = alpha2digit(text, "en")
    except Exception:
        pass
    text = re.sub(r"[?!;:,()\[\]]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _time_filter(text: str) -> TimeFilter | None:
    if m := re.search(rf"\bbetween {YEAR} and {YEAR}\b", text):
        return TimeFilter(lo=f"{m[1]}-01-01", hi=f"{int(m[2]) + 1}-01-01")
    if m := re.search(
        rf"\b(?:from|since|starting(?: in)?|after|as of) (?:the (?:start|beginning) of )?(?:(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*) )?{YEAR}\b(?: (?:to|until|through|-) {YEAR})?",
        text,
    ):
        word = re.search(r"\b(since|from|starting|after|as of)\b", m[0])
        month = _MONTHS.get((m[1] or "")[:3], 1)
        year = int(m[2])
        if word and word[1] == "after" and not m[1]:
            year += 1
        hi = f"{int(m[3]) + 1}-01-01" if m[3] else None
        return TimeFilter(lo=f"{year}-{month:02d}-01", hi=hi)
    if m := re.search(rf"\b(?:before|until|prior to|up to) {YEAR}\b", text):
        return TimeFilter(hi=f"{m[1]}-01-01")
    if m := re.search(rf"\b(?:in|during|for|of|only) {YEAR}\b", text) or re.search(
        rf"^{YEAR}\b", text
    ):
        return TimeFilter(lo=f"{m[1]}-01-01", hi=f"{int(m[1]) + 1}-01-01")
    if m := re.search(
        r"\b(?:last|past|previous|recent) (\d+)? ?(day|week|month|quarter|year)s?\b", text
    ):
        return TimeFilter(relative=(int(m[1] or 1), m[2]))
    return None


_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def _strip(text: str, pattern: str) -> str:
    return re.sub(pattern, " ", text)


def read_intent(question: str) -> Intent:
    """What the question asks for, before schema linking."""
    text = normalise(question)
    intent = Intent(text=text)
    intent.mark = _first(MARK_WORDS, text)
    if re.search(r"\bstack(ed)?\b", text):
        intent.stack = "zero"
        intent.mark = intent.mark if intent.mark in ("area",) else (intent.mark or "bar")
    elif re.search(r"\bgrouped\b|\bside by side\b|\bclustered\b", text):
        intent.stack = "grouped"
    elif re.search(r"\bnormali[sz]ed\b|\b100 ?%", text):
        intent.stack = "normalize"
    intent.time_unit = _first(TIME_UNIT_WORDS, text)
    intent.over_time = bool(OVER_TIME.search(text))
    intent.time_filter = _time_filter(text)
    if m := TOP_N.search(text):
        intent.top, intent.descending = int(m[2]), True
    elif m := BOTTOM_N.search(text):
        intent.top, intent.descending = int(m[2]), False
    elif re.search(r"\btop\b", text):
        intent.top, intent.descending = 10, True
    if DESC.search(text):
        intent.descending = True
    elif ASC.search(text):
        intent.descending = False

    # Remove what was read so that the rest is about measures and groupings.
    core = text
    for pattern, _ in TIME_UNIT_WORDS:
        core = _strip(core, pattern)
    core = _strip(core, SORT_PHRASES.pattern)
    core = _strip(core, TOP_N.pattern)
    core = _strip(core, BOTTOM_N.pattern)
    core = _strip(
        core,
        r"\b(as|in|into|with|using|on) (a|an)? ?(\w+ )?(chart|plot|graph|diagram|visuali[sz]ation)\b",
    )
    core = _strip(
        core,
        r"\b(pie|donut|bar|line|scatter|histogram|heat ?map|box|area|stacked|grouped|column|scatterplot)s?\b"
        r"( (chart|plot|graph|diagram))?",
    )
    core = _strip(
        core,
        rf"\b(since|from|in|during|for|before|after|until|between|of|only|as of|prior to|up to) (the (start|beginning) of )?(\w+ )?{YEAR}( (and|to|until|through|-) {YEAR})?\b",
    )
    core = _strip(core, r"\b(last|past|previous|recent) (\d+ )?(day|week|month|quarter|year)s?\b")
    core = _strip(
        core,
        r"^(please )?(show|plot|chart|draw|display|give|list|visuali[sz]e|compare|what (is|are|was|were)|which)( me)?( the| a| an)?\b",
    )
    core = _strip(
        core,
        r"\b(over time|share of|proportion of|breakdown of|distribution of|trend of|trends? in)\b",
    )
    core = re.sub(r"\s+", " ", core).strip()
    parts = DIMENSION_MARKERS.split(core, maxsplit=1)
    measure, dims = (parts[0], parts[1]) if len(parts) == 2 else (core, "")
    stop = STOP_AFTER_DIMS.search(dims)
    if stop:
        intent.notes.append(dims[stop.start() :].strip())
        dims = dims[: stop.start()]
    intent.measure_text, intent.dimension_text = measure.strip(), dims.strip()
    intent.aggregate = _first(AGGREGATE_WORDS, measure) or _first(AGGREGATE_WORDS, text)
    return intent
