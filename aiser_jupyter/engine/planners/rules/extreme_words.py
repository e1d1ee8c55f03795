"""Aggregate words read by where they stand: "high" and "low" as nouns after a word of
record ("all-time high", "record low", "yearly high") are a series' extremes, and "record
times" the least time taken (unless counted); a superlative right after "by" ("respondents
by highest degree") names the grouping, no maximum."""

from __future__ import annotations

import re

__all__ = ["RECORD_EXTREMES", "no_aggregate"]

_RECORD = (
    "(?:"
    + "|".join(
        f"(?<={w} )" for w in ("all time", "all-time", "record", "yearly", "annual", "monthly")
    )
    + ")"
)
#: (pattern, aggregate, strict) rows of the reader's aggregate words
RECORD_EXTREMES = (
    (_RECORD + r"high(?! school)", "max", True),
    (_RECORD + r"low", "min", True),
    # "record times", "the record pace": the least time taken (a record of a time is its best)
    (r"record(?= (?:(?:finish|race|run|running|winning) )?(?:times?|paces?)\b)", "min", True),
)
_AFTER_BY = re.compile(r"\b(?:by|per) (?:the |their |its )?$")


#: words before "record times" that count or average them ("how many record times", "more
#: than 30 record times", "average marathon record time"): records, no minimum of them
_COUNTED = re.compile(
    r"\b(?:how many|number of|count of|share of|percentage of|proportion of)(?: [a-z']+){0,2} $"
    r"|\b(?:than|least|most|over|under) \d+ $"
    r"|\b(?:average|mean|median|typical)(?: [a-z'-]+){0,2} $"  # "average marathon record time"
)


def no_aggregate(text: str, start: int, word: str, strict: bool) -> bool:
    """Whether the aggregate word ``word`` at ``start`` of ``text`` is none here: a
    superlative after "by"/"per" is the grouping's own name ("by highest degree"), and
    "record" of records counted is the things counted."""
    if word == "record":
        return _COUNTED.search(text[:start]) is not None
    return not strict and _AFTER_BY.search(text[:start]) is not None
