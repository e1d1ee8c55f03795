"""Words typed as a list of things: "check times of dplyr, tidyr, ggplot2, data.table and
shiny". Three or more one-word items, commas between them and "and"/"or" before the last,
name particular things — values of a column — even when no value the catalog kept is among
them; a plan that leaves them unused answers for every thing instead."""

from __future__ import annotations

import re

__all__ = ["listed_items"]

#: a one-word item (a package name with a dot or a digit, a code with a hyphen)
_ITEM = r"[\w][\w.+\-]*[\w+]|\w"
_LIST = re.compile(rf"(?:(?:{_ITEM})\s*,\s*)+(?:{_ITEM})\s*,?\s+(?:and|or)\s+(?:{_ITEM})")


def listed_items(text: str) -> set[str]:
    """The items (lower case) of every such list in ``text``."""
    out: set[str] = set()
    for found in _LIST.finditer(text):
        items = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", found[0].lower())
        out |= {item.strip(" ,") for item in items if item.strip(" ,")}
    return out
