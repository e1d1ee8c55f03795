"""Read the chart instructions of a question: sort (which axis, which way), temporal
bins, colour/series phrases, axis assignments, aggregate words and comparisons.

Pure text work with word positions, so that :mod:`.rules_v2` can tie each
instruction to the schema mentions around it. Nothing here knows a schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Reading", "Word", "read"]

_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
AGG_WORDS = {
    "number": "count",
    "count": "count",
    "counts": "count",
    "many": "count",
    "amount": "count",
    "frequency": "count",
    "average": "mean",
    "avg": "mean",
    "mean": "mean",
    "total": "sum",
    "sum": "sum",
    "summation": "sum",
    "maximum": "max",
    "max": "max",
    "highest": "max",
    "largest": "max",
    "biggest": "max",
    "greatest": "max",
    "minimum": "min",
    "min": "min",
    "lowest": "min",
    "smallest": "min",
    "least": "min",
    "oldest": "max",
    "youngest": "min",
}
#: words that may sit between an aggregate word and what it applies to
FILLER = {
    "the",
    "of",
    "a",
    "an",
    "all",
    "their",
    "its",
    "each",
    "different",
    "distinct",
    "unique",
    "for",
    "in",
    "on",
    "how",
    "many",
    "much",
    "and",
    "number",
    "corresponding",
    "total",
    "those",
    "these",
}
UNITS = {
    "year": "year",
    "years": "year",
    "yearly": "year",
    "month": "month",
    "months": "month",
    "monthly": "month",
    "weekday": "weekday",
    "weekdays": "weekday",
    "week": "weekday",
    "day": "day",
    "days": "day",
    "date": "day",
    "daily": "day",
    "quarter": "quarter",
    "hour": "hour",
}
COMPARATORS: tuple[tuple[str, str], ...] = (
    (
        r"(?:greater|more|larger|higher|bigger|older|longer|above|over|later|after|heavier|taller) than|above|exceeds?|over|after|since|later than",
        ">",
    ),
    (
        r"(?:less|fewer|smaller|lower|younger|shorter|below|under|earlier|before|lighter) than|below|under|before|earlier than",
        "<",
    ),
    (
        r"at least|no less than|not less than|greater than or equal to|(?:or|and) (?:more|above|older)",
        ">=",
    ),
    (r"at most|no more than|not more than|less than or equal to", "<="),
    (
        r"(?:is|are|was|were|equals?|equal to|of|=) not|not equal to|(?:does|do|is|are) not equal to|!=|other than|except",
        "!=",
    ),
)


@dataclass
class Word:
    text: str
    start: int  #: character offset in the normalised text


@dataclass
class Reading:
    text: str
    words: list[Word]
    mark: str | None = None
    stack: bool = False
    sort_channel: str | None = None  #: "x" | "y"
    sort_order: str | None = None  #: "ascending" | "descending"
    sort_words: tuple[int, int] | None = None  #: word span of the sort clause
    bin_unit: str | None = None
    bin_words: tuple[int, int] | None = None  #: the words naming the binned column
    color_words: tuple[int, int] | None = None
    x_words: tuple[int, int] | None = None
    y_words: tuple[int, int] | None = None
    over_words: tuple[int, int] | None = None  #: "Y over X": the X words
    count_words: list[int] = field(
        default_factory=list
    )  #: positions of bare "count them"/"total number"
    literals: list[str] = field(default_factory=list)
    ignore: set[int] = field(
        default_factory=set
    )  #: word positions that are instructions, not content
    #: "older than the average": word spans comparing with a column's mean, and the operator
    vs_average: list[tuple[int, int, str]] = field(default_factory=list)


def _span(words: list[Word], lo: int, hi: int) -> tuple[int, int]:
    """Word indexes covering characters ``[lo, hi)``."""
    idx = [i for i, w in enumerate(words) if lo <= w.start < hi]
    return (idx[0], idx[-1] + 1) if idx else (0, 0)


_MARKS = (
    (r"\b(pie|donut|doughnut|proportion|proportions)\b|\bshare of\b", "arc"),
    (r"\bscatter(?:plot)?\b|\bscatter chart\b|\bcorrelation\b|\brelationship\b", "point"),
    (r"\bline (?:chart|graph|plot)\b|\bline\b|\btrend\b", "line"),
    (r"\bbar\b|\bbars\b|\bhistogram\b|\bcolumn chart\b", "bar"),
)
_SORT = re.compile(
    r"\b(?:sort(?:ed)?|order(?:ed)?|rank(?:ed)?|list(?:ed)?|display(?:ed)?|show(?:n)?|arrange(?:d)?|put|"
    r"present(?:ed)?|visuali[sz]e|plot|from|in|by)\b[^,.]*?\b(asc|ascending|desc|descending|increasing|decreasing|"
    r"from (?:high|large|big|the highest|the largest|top|most|the oldest|old)\w* to (?:low|small|bottom|least|the lowest|the youngest|young)\w*|"
    r"from (?:low|small|bottom|least|the lowest|the youngest|young)\w* to (?:high|large|big|top|most|the highest|the oldest|old)\w*|"
    r"alphabetical(?:ly)?|alphabetic)\b[^,.]*"
)
_SORT_VERB = re.compile(r"\b(?:sort|order|rank|arrange)(?:ed|d)?\b")
_LITERAL = re.compile(r"(?:(?<=\s)|^)[\"“']([^\"”']{1,60})[\"”'](?=[\s,.?!;:)]|$)")


def read(question: str) -> Reading:
    """Read ``question`` (already lower-cased and number-normalised except for literals)."""
    literals = [m[1] for m in _LITERAL.finditer(question)]
    text = (
        question.lower().replace("’", "'").replace("x-axis", "x axis").replace("y-axis", "y axis")
    )
    text = re.sub(r"\b(x|y) axis\b", r"\1axis", text)
    text = re.sub(r"\s+", " ", text)
    words = [Word(m[0], m.start()) for m in _WORD.finditer(text)]
    r = Reading(text=text, words=words, literals=literals)
    for pattern, mark in _MARKS:
        if re.search(pattern, text):
            r.mark = mark
            break
    if re.search(r"\bstack(?:ed)?\b", text):
        r.stack, r.mark = True, r.mark or "bar"
    for pattern, op in COMPARATORS[:2]:
        for m in re.finditer(rf"\b(?:{pattern}) (?:the )?(?:average|mean)\b", text):
            lo, hi = _span(words, m.start(), m.end())
            if not any(a <= lo < b for a, b, _ in r.vs_average):
                r.vs_average.append((lo, hi, op))
    _read_sort(r)
    _read_bin(r)
    _read_axes(r)
    _read_color(r)
    for m in re.finditer(
        r"\b(count (?:them|it|the number)|total number|the number|how many|number of records|the count)\b",
        text,
    ):
        r.count_words.append(_span(words, m.start(), m.end())[0])
    for m in re.finditer(
        r"\b(bar|pie|line|scatter|stacked|stack|grouping|group|grouped|histogram|donut)? ?"
        r"(chart|charts|graph|graphs|plot|plots|grpah|diagram)\b|\b(visuali[sz]e|visualizing|draw|show me|"
        r"please|could you|can you|i want to|return|give me|find|list|what are|what is|show|display|"
        r"compare|comparison|proportion|distribution|a bar|a pie|a line|a scatter|bar|pie|scatter|line|"
        r"histogram|stacked|use|using|with|by a|in a|as a|them|it)\b",
        text,
    ):
        lo, hi = _span(words, m.start(), m.end())
        r.ignore.update(range(lo, hi))
    return r


def _read_sort(r: Reading) -> None:
    matches = list(_SORT.finditer(r.text))
    m = matches[-1] if matches else None
    if m is None:
        if re.search(r"\b(alphabetical|alphabetic) order\b", r.text):
            r.sort_channel, r.sort_order = "x", "ascending"
        return
    start = m.start()
    # "amount by category sorted descending": the clause starts at its verb, not at "by"
    verbs = list(_SORT_VERB.finditer(r.text, m.start(), m.start(1)))
    if verbs:
        start = verbs[-1].start()
    clause = r.text[start : m.end()]
    word = m[1]
    descending = word.startswith(("desc", "decreas")) or bool(
        re.match(r"from (high|large|big|the highest|the largest|top|most|the oldest|old)", word)
    )
    r.sort_order = "descending" if descending else "ascending"
    r.sort_words = _span(r.words, start, m.end())
    r.ignore.update(range(*r.sort_words))
    if re.search(r"\byaxis\b|\bthe y\b|\bby y\b|\by\b", clause):
        r.sort_channel = "y"
    elif re.search(r"\bxaxis\b|\bthe x\b|\bby x\b|\bx\b", clause):
        r.sort_channel = "x"
    elif re.search(
        r"\b(total number|number|count|how many|amount|average|sum|total|mean|max\w*|min\w*)\b",
        clause,
    ):
        r.sort_channel = "y"
    elif word.startswith("alphabet"):
        r.sort_channel = "x"
    else:
        r.sort_channel = None  # decided against the mentions in the clause


def _read_bin(r: Reading) -> None:
    m = re.search(
        r"\bbin(?:ning|ned|s)? (?:the )?(?:(.+?) )?(?:by|into|in|to|as) (?:the )?(?:a )?(year|month|weekday|week|day|date|quarter)s?\b(?: interval)?",
        r.text,
    )
    if m is None:
        m = re.search(
            r"\b(?:by|per|each|for each|in each) (year|month|weekday|week day|day of the week|quarter|day)\b",
            r.text,
        )
        if m:
            r.bin_unit = UNITS.get(
                m[1].replace("week day", "weekday").replace("day of the week", "weekday")
            )
            r.ignore.update(range(*_span(r.words, m.start(), m.end())))
        return
    r.bin_unit = UNITS[m[2]]
    if m[1]:
        r.bin_words = _span(r.words, m.start(1), m.end(1))
    lo, hi = _span(r.words, m.start(), m.end())
    r.ignore.update(
        i for i in range(lo, hi) if not r.bin_words or not r.bin_words[0] <= i < r.bin_words[1]
    )


def _read_axes(r: Reading) -> None:
    if m := re.search(
        r"\bxaxis (?:is |as |shows |showing |represents )?(?:the )?(.+?)(?= and | with |,|\.|\byaxis\b|$)",
        r.text,
    ):
        r.x_words = _span(r.words, m.start(1), m.end(1))
    if m := re.search(
        r"\byaxis (?:is |as |shows |showing |represents )?(?:the )?(.+?)(?= and | with |,|\.|\bxaxis\b|$)",
        r.text,
    ):
        r.y_words = _span(r.words, m.start(1), m.end(1))
    if m := re.search(
        r"\b(?:over|versus|vs|against|across) (?:the )?(.+?)(?= and | with |,|\.| bin | in a | by a | as a |$)",
        r.text,
    ):
        r.over_words = _span(r.words, m.start(1), m.end(1))


def _read_color(r: Reading) -> None:
    patterns = (
        r"\b(?:group(?:ed)? by attribute|colou?red by|colou?r by|stacked by|split by|different colou?rs? for (?:each )?|"
        r"(?:with|using) (?:a )?different colou?rs? for (?:each )?)(?: the)? (.+?)(?= and | with |,|\.|\bbin\b| in a | by a | as a |$)",
        r"\b(?:and|,) (?:then )?(?:group|grouped|split) by (?:the )?(.+?)(?= and | with |,|\.|\bbin\b| in a | by a | as a |$)",
    )
    for i, pattern in enumerate(patterns):
        if m := re.search(pattern, r.text):
            if i == 1 and not (r.stack or r.mark in ("line", "point") or r.x_words or r.bin_unit):
                continue
            r.color_words = _span(r.words, m.start(1), m.end(1))
            lo, _ = _span(r.words, m.start(), m.end())
            r.ignore.update(range(lo, r.color_words[0]))
            return
