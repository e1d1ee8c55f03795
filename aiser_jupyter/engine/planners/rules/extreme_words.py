"""Aggregate words read by where they stand: "high" and "low" as nouns after a word of
record ("all-time high", "record low", "yearly high") are a series' extremes; a superlative
right after "by" ("respondents by highest degree") names the grouping, no maximum."""

from __future__ import annotations

import re

__all__ = ["RECORD_EXTREMES", "names_grouping"]

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
)
_AFTER_BY = re.compile(r"\b(?:by|per) (?:the |their |its )?$")


def names_grouping(text: str, start: int) -> bool:
    """Whether the superlative at ``start`` of ``text`` follows "by"/"per" (the grouping's
    own name: "by highest degree")."""
    return _AFTER_BY.search(text[:start]) is not None
