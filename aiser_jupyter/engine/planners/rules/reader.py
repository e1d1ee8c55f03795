"""Read a question's instructions: chart, sort, top-N, time units, time ranges,
comparisons, aggregate words, grouping cues, bins and axes.

Each recognizer is a small pure function over the :class:`~.question.Question`: it finds its
phrase, records what it means in the :class:`Reading` and claims the words it used. Nothing
here knows a schema; linking the remaining words to tables, columns and values is :mod:`.link`'s.
"""

from __future__ import annotations

import re

from .bin_widths import read_bins
from .extreme_words import RECORD_EXTREMES, no_aggregate
from .onward import read_first, read_onward
from .over_span import read_over_span
from .question import Question
from .read_numbers import read_compares, read_top
from .read_time import read_ranges, read_units
from .reading import IMPLIED, Agg, Compare, Reading, Recognizer, TimeRange, claim, is_free

__all__ = ["Agg", "Compare", "Reading", "TimeRange", "read"]


# ------------------------------------------------------------------ chart words
_MARKS: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:pie|donut|doughnut)(?: chart| graph| plot)?s?\b|\b(?:what )?(?:share|proportion|percentage|fraction) of\b|\bproportions\b",
        "arc",
    ),
    (r"\bheat ?maps?\b", "heatmap"),
    (r"\bbox ?plots?\b|\bbox(?:-and-whisker)? (?:chart|plot)s?\b", "box"),
    (r"\bhistograms?\b", "histogram"),
    (r"\bscatter ?(?:plot|chart|graph)?s?\b", "point"),
    (r"\barea (?:chart|plot|graph)s?\b", "area"),
    (r"\bline (?:chart|graph|plot)s?\b|\blines\b|\bas a line\b|\ba line\b", "line"),
    (r"\b(?:bar|column) (?:chart|graph|plot)s?\b|\bbars\b|\bas bars\b|\bbar\b", "bar"),
    (r"\b(?:as a|in a) table\b|\btabulate\b", "table"),
    (r"\b(?:kpi|single number|big number)\b", "kpi"),
)


def _set_against(text: str, m: re.Match[str]) -> bool:
    """ "poverty rate vs share of college graduates": a share set against another number is a
    number of its own (a point's coordinate), not the parts of a whole a pie shows; so is a
    number "as a share of GDP" (of another number, not of the total)."""
    if not re.match(r"(?:what )?(?:share|proportion|percentage|fraction) of\b", m[0]):
        return False
    if re.search(r"\bas (?:a |the )?$", text[: m.start()]) and not re.match(
        r" (?:the )?(?:total|all|whole|everything|overall)\b", text[m.end() :]
    ):
        return True  # "spending as a share of GDP": a ratio to another number, no pie
    return bool(re.search(r"\b(?:vs\.?|versus|against)(?: the)? $", text[: m.start()]))


def _mark(q: Question, r: Reading) -> None:
    text = q.joined()
    for pattern, mark in _MARKS:
        m = next((m for m in re.finditer(pattern, text) if not _set_against(text, m)), None)
        if m is not None:
            r.mark = mark
            claim(q, m, "chart type")
            if mark == "histogram":
                r.histogram = True
            break
    if re.search(r"\bgroup(?:ed|ing)? scatter", text):
        r.grouped_points = True
    if m := re.search(r"\bstack(?:ed)?\b", text):
        r.stack = "zero"
        r.mark = r.mark or "bar"
        claim(q, m, "stacked")
    elif m := re.search(r"\b(?:side by side|grouped|clustered)\b", text):
        r.stack = "grouped"
        claim(q, m, "side by side")
    elif m := re.search(r"\bnormali[sz]ed\b|\b100 ?%", text):
        r.stack = "normalize"
        claim(q, m, "normalized")
    for m in re.finditer(
        r"\b(?:as|in|into|with|using|on|by|via) (?:a|an) (?:\w+ )?(?:chart|plot|graph|diagram|visuali[sz]ation)s?\b"
        r"|\b(?:chart|graph|diagram|visuali[sz]ation)s?\b|^(?:please )?(?:draw|plot|visuali[sz]e)\b|\b(?:draw|visuali[sz]e)\b",
        text,
    ):
        claim(q, m, "chart words")


# ------------------------------------------------------------------ sort and top-N
_DESC = r"reversed? (?:lexicographical|alphabetic(?:al)?)(?: order)?|desc|descending|decreasing|highest first|largest first|biggest first|most first|from (?:the )?(?:high|large|big|top|most|old)\w* to (?:the )?(?:low|small|bottom|least|young)\w*|largest to smallest|highest to lowest|most to least"
_ASC = r"asc|ascending|increasing|lowest first|smallest first|least first|from (?:the )?(?:low|small|bottom|least|young)\w* to (?:the )?(?:high|large|big|top|most|old)\w*|smallest to largest|lowest to highest|alphabetic(?:al)?(?:ly)?|alphabetically|lexicographical(?:ly)?|a to z"


_SORT_VERB = re.compile(
    r"\b(?:sort|sorted|sorting|order|ordered|ordering|rank|ranked|ranking|arrange|arranged|list|listed|"
    r"display|displayed|show|shown|put|present|presented)\b"
)


def _sort(q: Question, r: Reading) -> None:
    """ "sorted by the y-axis in descending order", "list by the Name in desc", "from the oldest
    to the youngest": the direction, the axis, and the words naming what is sorted (left free
    for linking: :func:`~.planner` decides whether they name x or y)."""
    text = q.joined()
    direction = None
    for m in re.finditer(rf"\b(?:in |by )?(?:the )?(?:{_DESC}|{_ASC})\b(?: order)?", text):
        direction = m
    if direction is None:
        if by := re.search(  # … not "per order by channel": the orders, then a grouping
            # … nor "average rank by branch": the noun, measured
            r"(?<!\bper )(?<!\beach )(?<!\baverage )(?<!\bmean )(?<!\bmedian )(?<!\bhighest )"
            r"(?<!\blowest )(?<!\btotal )"
            r"\b(?:sort|sorted|order|ordered|rank|ranked|arrange|arranged)"
            r" (?:it |them )?by\b",
            text,
        ):
            r.sort_words = claim(q, by, "sort")
        return
    r.descending = bool(re.search(rf"\b(?:{_DESC})\b", direction[0]))
    lo, hi = q.span(direction.start(), direction.end())
    start = lo
    head = text[: direction.start()]
    verbs = [
        v
        for v in _SORT_VERB.finditer(head)
        if direction.start() - v.end() <= (45 if re.match(r"sort|order|rank|arrang", v[0]) else 22)
    ]
    if verbs:
        v = verbs[-1]
        start = q.span(v.start(), v.end())[0]
        q.claim(start, start + 1, "sort")
        between = text[v.end() : direction.start()]
        if re.search(r"\b(?:y|yaxis|y axis|y-axis)(?:\b|$)", between):
            r.sort_channel = "y"
        elif re.search(r"\b(?:x|xaxis|x axis|x-axis)\b", between):
            r.sort_channel = "x"
        for w in re.finditer(
            r"\b(?:it|them|the|by|in|result|results|x|y|axis|xaxis|yaxis|x-axis|y-axis|the x|the y|bars)\b",
            between,
        ):
            i = q.span(v.end() + w.start(), v.end() + w.end())[0]
            if q.free(i) and not (w[0] == "in" and q.words[i + 1].text[:1].isdigit()):
                q.claim(i, i + 1, "sort")  # … never the "in" of "in 1986"
    q.claim(lo, hi, "sort")
    tail = re.match(
        r" by (?:the )?((?:x|y)(?:[- ]?axis)?|xaxis|yaxis)\b| by (?:the )?", text[direction.end() :]
    )
    if tail is not None:  # "in ascending by the X", "in desc by the names"
        t_lo, t_hi = q.span(direction.end() + tail.start(), direction.end() + tail.end())
        q.claim(t_lo, t_hi, "sort")
        hi = max(hi, t_hi + (0 if tail[1] else 3))
        if tail[1]:
            r.sort_channel = "y" if tail[1].startswith("y") else "x"
    r.sort_words = (start, hi)
    if r.sort_channel is None and re.fullmatch(
        r"(?:in |by )?(?:the )?(?:asc|ascending|desc|descending)(?: order)?", direction[0]
    ):
        said = q.texts(start + 1, lo) if start < lo else []
        r.bare_sort = not [
            w
            for w in said
            if w not in ("it", "them", "the", "in", "by", "and", "result", "results", "order")
        ]
    if r.sort_channel is None and re.search(r"alphabetic|a to z|lexicographical", direction[0]):
        r.sort_channel = "x"


# ------------------------------------------------------------------ aggregate words
def _implied_words(agg: str) -> str:
    """The superlatives that name their number, of one direction, as regex alternatives
    (longest first: "least expensive" before a shorter word)."""
    words = sorted((w for w, (a, _) in IMPLIED.items() if a == agg), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


_AGGS: tuple[tuple[str, str, bool], ...] = (
    (r"average|avg|mean|typical", "mean", True),
    (r"averaged", "mean", True),
    (r"median", "median", True),
    (r"total|sum|overall|combined|cumulative", "sum", True),
    (r"maximum|maximal|max|peak", "max", True),
    (r"minimum|minimal|min", "min", True),
    (r"highest|largest|biggest|greatest|" + _implied_words("max"), "max", False),
    (r"lowest|smallest|" + _implied_words("min"), "min", False),
    *RECORD_EXTREMES,  # "all-time high", "record low"
)


def _aggs(q: Question, r: Reading) -> None:
    text = q.joined()
    for m in re.finditer(
        r"\b(?:how many|number of|count of|count the|count|counts|tally|frequency of|amount of|by number sold|number sold|times sold)\b",
        text,
    ):
        if (
            m[0] == "number of"
            and r.counts  # a count asked already: "number of bookings by number of adults"
            and re.search(r"\b(?:by|per|for each) $", text[: m.start()])
        ):  # … groups by a column of counts; "top 5 types by number of items" ranks by a count
            lo, hi = claim(q, m, "grouping")
            r.group_cues |= set(range(lo, hi))
            continue
        if is_free(q, m):
            r.counts.append(claim(q, m, "count"))
    for pattern, agg, strict in _AGGS:
        for m in re.finditer(rf"\b(?:{pattern})\b", text):
            lo, hi = q.span(m.start(), m.end())
            if not all(q.free(i) for i in range(lo, hi)):
                continue
            if (
                agg == "sum"
                and m[0] == "total"
                and (tn := re.match(r"total (?:number|count)\b", text[m.start() :]))
            ):
                lo2, hi2 = q.span(m.start(), m.start() + tn.end())
                q.claim(lo2, hi2, "count")
                r.counts.append((lo2, hi2))
                continue
            if no_aggregate(text, m.start(), m[0], strict):
                continue  # "respondents by highest degree": the grouping's name, no maximum
            implied = IMPLIED.get(m[0], (agg, ()))[1]
            r.aggs.append(Agg(agg, lo, hi, strict, implied))
    # "most doctor visits anyone had", "fewest deaths on any day", "most visits made by a
    # single person": the extreme one row holds
    for m in re.finditer(
        r"\b(most|fewest)(?= (?:[a-z]+ ){1,3}(?:(?:(?:on|in) )?(?:any|anyone|anybody|any one|"
        r"ever)|by (?:a|one|any) single)\b)",
        text,
    ):
        lo, hi = q.span(m.start(), m.end())
        if q.free(lo):
            r.aggs.append(Agg("max" if m[1] == "most" else "min", lo, hi, True))
    if any(a.agg in ("max", "min") and a.strict for a in r.aggs):
        # "the most visits anyone had in a single year": one row's value, not a group per year
        for m in re.finditer(
            r"\b(?:in|on|during|within|by) (?:a |an |any )?(?:single|one|individual) [a-z]+\b",
            text,
        ):
            if is_free(q, m):
                claim(q, m, "over one row")
    for m in re.finditer(r"\b(?:distinct|different|unique|separate)\b", text):
        r.distinct.add(q.span(m.start(), m.end())[0])


# ------------------------------------------------------------------ grouping, versus, bins, axes
#: units of measure a rate is said in: "minutes per mile", "miles per hour", "dollars per kg"
_RATE_UNITS = (
    r"(?:second|minute|hour|mile|km|kilomet(?:er|re)|met(?:er|re)|kg|kilogram|pound|lbs?|"
    r"lit(?:er|re)|gallon|dollar|euro|cent)s?"
)


#: units of length, mass and volume: "per mile" is a rate's unit, never one group a mile
_LENGTHS = r"(?:mile|km|kilomet(?:er|re)|met(?:er|re)|kg|kilogram|pound|lb|lit(?:er|re)|gallon)\b"


def _groups(q: Question, r: Reading) -> None:
    text = q.joined()
    for m in re.finditer(
        rf"\b(?:{_RATE_UNITS} )?per {_LENGTHS}\b|\b{_RATE_UNITS} per {_RATE_UNITS}\b", text
    ):
        if is_free(q, m):  # "pace in minutes per mile": the unit a number is in, no grouping
            claim(q, m, "unit")
    for m in re.finditer(
        r"\b(?:(?:across|over) all(?: the)?|(?:(?:of|in|for|among|on) )?any(?! (?:of|other|more|one)\b))\b",
        text,
    ):
        if is_free(q, m):  # "average rate across all counties", "highest of any college"
            claim(q, m, "over all rows")  # … "the highest rate any state recorded"
    for m in re.finditer(
        r"\b(?:broken down by|split by|split into|broken into|divided into|grouped by|group by|for each|for every|in each|of each|for the different|"
        r"according to|per|by|each|every|across|within each|over the|over|for different|for the different|across different)"
        r"(?: (?:the )?levels? of(?= [a-z]))?\b",  # "at each level of schooling": its values
        text,
    ):
        if is_free(q, m):
            lo, hi = q.span(m.start(), m.end())
            r.group_cues.update(range(lo, hi))
            q.claim(lo, hi, "grouping")
    for m in re.finditer(r"\b(?:vs\.?|versus|compared (?:with|to)|against|and)\b", text):
        if is_free(q, m) and m[0] != "and":
            r.versus.append(claim(q, m, "versus"))


def _bins(q: Question, r: Reading) -> None:
    text = q.joined()
    read_bins(q, r)
    if m := re.search(
        r"\b(?:distribution of|spread of|histogram of|how \w+ (?:are|is) distributed)\b"
        r"|(?<=\w )distribution(?=$| for\b| in\b| among\b| across\b| with\b|,)",
        text,  # … "list price distribution", "wage distribution for industrial jobs"
    ):
        r.distribution = True  # a histogram when one number is all it names (decided by form)
        claim(q, m, "distribution")


def _axes(q: Question, r: Reading) -> None:
    text = q.joined()
    if m := re.search(
        r"\b(?:x[- ]?axis|the x) (?:is |as |shows |showing |represents )?(?:the )?(.+?)(?= and | with |,|\.|\by[- ]?axis\b|$)",
        text,
    ):
        r.x_words = q.span(m.start(1), m.end(1))
        q.claim(*q.span(m.start(), m.start(1)), "axis")
    if m := re.search(
        r"\b(?:y[- ]?axis|the y) (?:is |as |shows |showing |represents )?(?:the )?(.+?)(?= and | with |,|\.|\bx[- ]?axis\b|$)",
        text,
    ):
        r.y_words = q.span(m.start(1), m.end(1))
        q.claim(*q.span(m.start(), m.start(1)), "axis")
    if m := re.search(
        r"\b(?:colou?red by|colou?r by|(?:with |using |use )?(?:a )?different colou?rs? (?:for|per|by) (?:each )?|colou?r (?:the )?(?:different|each) |stacked by|split by|group(?:ed)? by attribute|and group(?:ed)? by|(?:chart|plot|graph) that groups? by|broken down by|with a (?:line|bar|series) (?:for|per) (?:each )?|one (?:line|bar|series) (?:for|per) (?:each )?)(?:the )?(.+?)(?= and | with |,|\.|\bbin\b|$)",
        text,
    ):
        r.color_words = q.span(m.start(1), m.end(1))
        q.claim(*q.span(m.start(), m.start(1)), "colour")


def _followup(q: Question, r: Reading) -> None:
    text = q.joined()
    if re.match(
        r"^(?:now|instead|only|just|also|again|same|but|then|make it|switch|change|show it|as a|what about|and|how about|split (?:it )?by|break (?:it )?down by|colou?r (?:it )?by|excluding|except|without)\b",
        text,
    ):
        r.followup = True
    if m := re.search(r"\binstead\b|\bas well\b", text):  # "average delay instead"
        r.followup = True
        claim(q, m, "follow-up")


def _fillers(q: Question, r: Reading) -> None:
    """Asking words: "show me", "what is", "please", "give me a chart of"."""
    text = q.joined()
    for m in re.finditer(
        r"^(?:please |can you |could you |i want to |i'd like to |let's )?(?:show|plot|chart|draw|display|give|list(?! prices?\b)|visuali[sz]e|compare|tell|find|get|return|what(?:'s| is| are| was| were)|which|who|where|when|how(?! many| much))\b(?: me| us)?"
        r"|\bplease\b|\bthanks?\b",
        text,
    ):
        claim(q, m, "asking")


def _shares_over_time(q: Question, r: Reading) -> None:
    """ "the share of renters over time", "percentage of GDP per year": a number followed along
    a time axis is a line, not the parts of one whole a pie shows (unless a pie is asked for)."""
    if r.mark != "arc" or not (r.over_time or r.unit is not None):
        return
    if not re.search(r"\b(?:pie|donut|doughnut)s?\b", q.joined()):
        r.mark = None


RECOGNIZERS: tuple[Recognizer, ...] = (
    _fillers,
    _mark,
    _bins,
    _axes,
    _sort,
    read_first,
    read_top,
    read_ranges,
    read_onward,
    read_units,
    read_compares,
    _aggs,
    read_over_span,
    _groups,
    _followup,
    _shares_over_time,
)


def read(q: Question) -> Reading:
    """Run every recognizer over ``q`` (claiming the words each uses)."""
    r = Reading()
    for recognize in RECOGNIZERS:
        recognize(q, r)
    return r
