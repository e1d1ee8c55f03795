"""The words around a bound that name what it compares: a comparative ("older than 30": the
age), a verb before it ("weighing over 100 kg"), an adjective after it and its unit ("over 190
cm tall"), and the units a number is said in ("50 grams")."""

from __future__ import annotations

from .question import Word

__all__ = [
    "IMPLIED_BY",
    "IMPLIED_BY_VERB",
    "MEASURED_BY",
    "UNIT_WORDS",
    "adjective_after",
    "extent_in",
]

#: comparatives that name the number compared
IMPLIED_BY = {
    "older": ("age",),
    "younger": ("age",),
    "heavier": ("weight",),
    "lighter": ("weight",),
    "taller": ("height",),
    "shorter": ("height",),
}


#: verbs before a comparison that name the number compared ("weighing over 100 kg")
IMPLIED_BY_VERB = {
    "aged": ("age",),
    "weighing": ("weight",),
    "weighs": ("weight",),
    "weigh": ("weight",),
    **dict.fromkeys(("earn", "earns", "earned", "earning"), ("income", "salary", "wage", "pay")),
}


#: the units a number is said in ("50 grams", "26 miles")
UNIT_WORDS = {
    "gram",
    "grams",
    "g",
    "kg",
    "kilograms",
    "pounds",
    "lbs",
    "minutes",
    "minute",
    "min",
    "mins",
    "hours",
    "hrs",
    "seconds",
    "secs",
    "days",
    "mm",
    "cm",
    "m",
    "km",
    "miles",
    "mi",
    "degrees",
    "degree",
    "percent",
    "%",
    "dollars",
    "usd",
    "eur",
    "euros",
    "times",
    "people",
    "inches",
    "feet",
    "ft",
    "years",
    "year",
    "litres",
    "liters",
    "ml",
    "gallons",
    "tonnes",
    "tons",
    "kwh",
    "mph",
    "calories",
    "kcal",
    "ounces",
    "oz",
    "acres",
    "hectares",
}


#: adjectives after a bound and its unit that name the number compared ("over 190 cm tall")
MEASURED_BY = {
    "tall": ("height",),
    "old": ("age",),
    "heavy": ("weight",),
    "long": ("length",),
    "wide": ("width",),
    "deep": ("depth",),
}


def adjective_after(words: list[Word], hi: int) -> int | None:
    """The index of an adjective of measure right after a bound, or after its unit."""
    for j in (hi, hi + 1):
        if j < len(words) and words[j].text in MEASURED_BY:
            return j if j == hi or words[hi].text in UNIT_WORDS else None
    return None


#: comparatives of extent, whose number is a length of the kind its unit says
_EXTENT = frozenset(["shorter", "longer"])
#: the units of a distance
_DISTANCE_UNITS = frozenset(["miles", "mi", "km", "kilometers", "kilometres"])


def extent_in(said: str, unit: str | None) -> tuple[str, ...]:
    """What "shorter than 500 miles" compares: a distance, as the unit after the number says
    (a route's length is its distance, not a height); nothing when the comparative is not one
    of extent or the unit is no distance's. ("longer than 10 minutes" is left to the column
    next to it: the plan cannot tell a duration's unit, and the account refuses the minutes.)"""
    if not _EXTENT & set(said.split()) or unit not in _DISTANCE_UNITS:
        return ()
    return ("distance", "length")
