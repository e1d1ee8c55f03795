"""Time words that keep no span of time: plural periods counted ("how many months did Brent
trade above $100": one number of months, no bar per month) and the year a sum of money is
valued in ("damage in 2014 dollars": no storm of 2014 kept), or the time of a supposition
("damage as if it hit in 2014": every storm, none kept by its year)."""

from __future__ import annotations

import re

__all__ = ["counted_units", "price_base", "supposed"]

#: words before a plural time noun that count the units ("in how many quarters", "the number
#: of months"): the rows counted, each a unit, never one group per unit
_COUNTED = re.compile(
    r"\b(?:how many|number of|count of)\s+(?:(?:different|distinct|separate|unique)\s+)?$"
)


def counted_units(text: str, m: re.Match[str]) -> bool:
    """Whether the time words ``m`` are a plural counted ("how many months did Brent trade
    above $100"): the answer is one number of units, not a chart with a bar per unit."""
    plural = m[0].endswith("s") or m[0].split()[0].endswith("s")  # "hours of the day"
    every = m[0] in _EVERY  # "how many [hourly] readings": how often the rows were taken
    return (plural or every) and bool(_COUNTED.search(text[: m.start()]))


#: the money a sum is said in after a year: "damage in 2014 dollars", "GDP at 2010 prices"
_MONEY = re.compile(
    r" ?(?:\(?\s*)?(?:constant |real |inflation[- ]adjusted )?(?:dollars?|usd|us\$|\$"
    r"|euros?|eur|pounds?|gbp|yen|prices|money|terms)\b"
)


def price_base(text: str, m: re.Match[str]) -> bool:
    """Whether the time words ``m`` end in a year that is the base of a sum of money ("in
    2014 dollars", "at 2010 prices"): the year the money is valued in, no time kept."""
    return bool(re.search(r"\d{4}$", m[0])) and bool(_MONEY.match(text, m.end()))


_EVERY = frozenset(["hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "annual"])


def supposed(text: str, m: re.Match[str]) -> bool:
    """Whether the time words ``m`` are said in a supposition ("as if it hit in 2014", "as
    though sold today"): no rows are kept by them."""
    return bool(re.search(r"\bas (?:if|though)\b[^,.;:()]*$", text[: m.start()]))
