""" "Worst" ranks by the harm the number counts: "the 5 worst years for measles deaths" are
those with the most deaths; "the worst scores", "the worst rated" are the lowest."""

from __future__ import annotations

import re

__all__ = ["worst_is_most"]

#: nouns of harms counted, of which "worst" means the most
_HARMS = re.compile(
    r"\b(?:deaths?|fatalities|casualties|injuries|accidents|crashes|crimes|murders|homicides|"
    r"killings|infections|cases|outbreaks|losses|deficits?|delays|complaints|breaches|"
    r"unemployment|poverty|pollution|emissions)\b"
)


def worst_is_most(superlative: str, after: str) -> bool:
    """Whether ``superlative`` is "worst" said of a harm named within the next few words."""
    return superlative == "worst" and bool(_HARMS.search(" ".join(after.split()[:6])))
