"""What a column is, from its name and its profile: an identifier or code (counted, never
summed), a part of a date held as a number (a year, a month), an amount that adds up or a
level that is averaged. Shared by the planners and the honesty check."""

from __future__ import annotations

import re

from ..catalog.model import Column, Table
from .calendar_parts import (
    CALENDAR_NAMES,
    CENTURY,
    beside_a_date,
    calendar_part,
    coded_year,
    two_digit_year,
)
from .lexicon import lemma, names_a_place, split_name

__all__ = [
    "CALENDAR_NAMES",
    "CENTURY",
    "GENERIC_MEASURE_NAMES",
    "PER_UNIT",
    "beside_a_date",
    "calendar_part",
    "is_identifier",
    "summable",
    "two_digit_year",
]

#: column names that say only "the number": what it measures is said elsewhere (the table's
#: name: coffee_imports.value)
GENERIC_MEASURE_NAMES = frozenset(
    [
        "value",
        "val",
        "values",
        "dat",  # R's name for the one series of a data frame made of a time series
        "amount",
        "amt",
        "n",
        "count",
        "cnt",
        "total",
        "obs",
        "obsvalue",
        "number",
        "num",
        "freq",
        "frequency",
        "estimate",
        "measure",
        "figure",
        "datavalue",
    ]
)

#: a rate per so many people at the end of a name: ghp100k, deaths_per1000
PER_UNIT = re.compile(r"(?:p|per)\d+k?$")

#: last words of a column name that make it an identifier or a code, never a quantity
IDENTIFIER_WORDS = frozenset(
    [
        "id",
        "key",
        "code",
        "number",
        "no",
        "num",
        "nbr",
        "zip",
        "zipcode",
        "postcode",
        "phone",
        "fips",
        "isbn",
        "sku",
        "uuid",
        "rownames",
        # ordinals that name a thing: the 3rd season, episode 7, round 2 (never added up)
        "season",
        "episode",
        "series",
        "round",
        "stage",
        "lap",
        "edition",
        "chapter",
        "version",
        "wave",
        # a group's number: which group, never an amount ("flc.grp" 1…10, "cluster" 3)
        "grp",
        "group",
        "cluster",
        "quartile",
        "quintile",
        "decile",
    ]
)
#: the identifier words as the name splitter returns them (it reads "fips" as a plural)
_IDENTIFIER_LEMMAS = frozenset(lemma(w) for w in IDENTIFIER_WORDS) - {"no"}
#: words of a quantity that is a level, not an amount: averaged by default, never summed
MEAN_WORDS = frozenset(
    [
        "price",
        "rate",
        "age",
        "score",
        "rating",
        "percent",
        "percentage",
        "pct",
        "ratio",
        "average",
        "mean",
        "temperature",
        "temp",
        "height",
        "weight",
        "length",
        "width",
        "depth",
        "grade",
        "speed",
        "duration",
        "delay",
        "index",
        "expectancy",
        "balance",
        "humidity",
        "pressure",
        "level",
        "rank",
        "capita",
        "density",
        "wind",
        "elevation",
        "altitude",
        "latitude",
        "longitude",
        "probability",
        "share",
        "margin",
        "discount",
        "tax",
        "size",
        "gpa",
        "per",  # a ratio or a percent: points_per_game, gdp_per_cap, percollege
    ]
)


#: last words of a name that say the number is an amount of something, never a number given
#: to a thing: ``check_time`` in a table ``check_times`` is how long each check took
QUANTITY_WORDS = frozenset(["time", "times", "seconds", "minutes", "hours", "days", "cost", "size"])

#: words after "id" that say how it is stored (``id_str`` of a tweet), not what it counts
_STORAGE_WORDS = frozenset(["str", "string", "int", "num", "text", "txt"])


def is_identifier(table: Table, column: Column) -> bool:
    """A key, a code or a number that names a thing: counted, never summed or averaged."""
    if column.semantic == "key" or column.primary_key:
        return True
    words = split_name(column.name, expand=False)
    if words and (words[-1] in IDENTIFIER_WORDS or words[-1] in _IDENTIFIER_LEMMAS):
        return True  # statefips, whose "fips" the splitter reads as the plural of "fip"
    if names_a_place(column.name) and "int" in column.type.lower():
        return True  # county 1 … 197 beside a year: which county, as a code
    if "id" in words[:-1] and set(words[words.index("id") + 1 :]) <= _STORAGE_WORDS:
        return True  # id_str, user_id_int: an id whatever it is stored as
    if _row_numbering(table, column):
        return True  # "Order" running 1..n over the rows: which row, not how much
    # the table's own name as a number column ("trip" in trips, "flight" in flights)
    return bool(
        column.semantic == "quantitative"
        and words
        and words[-1] in split_name(table.name)
        and "int" in column.type.lower()
        and (column.distinct or 0) > 50  # a trip number, not a score of 1–10
        and _numbering(column)  # not population.population: a count of people
        and not plural_name(column.name)  # murders of countymurders: how many, not which
        and words[-1] not in MEAN_WORDS | QUANTITY_WORDS  # check_time of check_times: seconds
    )


def plural_name(name: str) -> bool:
    """Whether a column's name ends in a plural noun ("murders", "deaths"): a number of those
    things, never the number given to one (a ``trip`` of trips)."""
    last = re.findall(r"[a-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower())[-1:]
    return bool(last) and last[0].endswith("s") and lemma(last[0]) != last[0]


def _row_numbering(table: Table, column: Column) -> bool:
    """An integer column that numbers the rows: from 0 or 1 up to the row count, every value
    distinct (an order of observations, a row id under another name). No amount runs so."""
    rows, low, high = table.row_count, column.min, column.max
    if not rows or rows < 20 or "int" not in column.type.lower():
        return False
    if not isinstance(low, int) or not isinstance(high, int) or low not in (0, 1):
        return False
    return high - low + 1 == rows and (column.distinct or 0) >= 0.95 * rows


def _numbering(column: Column) -> bool:
    """Numbers given to things run densely (1..n, some skipped); amounts spread over orders of
    magnitude. Without a known range, a number column named like its table is a numbering."""
    low, high = column.min, column.max
    if not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return True
    return high - low + 1 <= 20 * (column.distinct or 1)


def summable(table: Table, column: Column) -> bool:
    """Whether a number is an amount that adds up (revenue, quantity), not a level or a code."""
    number = getattr(column, "_number", None)  # a long table's number on one key's rows
    column = number if isinstance(number, Column) else column  # ("United States" of price)
    if column.semantic != "quantitative" or is_identifier(table, column) or calendar_part(column):
        return False
    if coded_year(column):
        return False  # ``yrdispl`` 1 … 10: which year, not how many
    words = set(split_name(column.name))
    if re.sub(r"[^a-z0-9]", "", column.name.lower()) in GENERIC_MEASURE_NAMES:
        # a number of no name of its own is what its table's name says: ghp100k.value a rate
        if PER_UNIT.search(re.sub(r"[^a-z0-9]", "", table.name.lower())):
            return False
        words |= set(split_name(table.name))
    return not (words & MEAN_WORDS) and not _fraction(column) and extreme_name(column) is None


#: a column named only for an extreme (a day's high, a station's min) holds a level: its
#: sum over rows means nothing, its own extreme over a group is what the name says
_EXTREME_NAMES = {
    "high": "max",
    "highest": "max",
    "max": "max",
    "maximum": "max",
    "peak": "max",
    "low": "min",
    "lowest": "min",
    "min": "min",
    "minimum": "min",
}


def extreme_name(column: Column) -> str | None:
    """``"max"`` or ``"min"`` for a number named only for an extreme ("high", "Low", "max"):
    "yearly high" is the highest high of each year, never the sum of the days' highs."""
    if column.semantic != "quantitative":
        return None
    words = split_name(column.name)
    return _EXTREME_NAMES.get(words[0]) if len(words) == 1 else None


def holds_share(column: Column, *, whole: bool = False) -> bool:
    """A share held as a fraction (0.42) or a percentage (42.5): decimals within 0–1 or 0–100;
    with ``whole``, also whole percents (``PhD``: 40 … 99), as a percent compared may be."""
    if _fraction(column):
        return True
    low, high = column.min, column.max
    if not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return False
    if whole and low >= 0 and high <= 100 and column.semantic == "quantitative":
        return True
    decimal = any(t in column.type.upper() for t in ("FLOAT", "DOUBLE", "REAL", "DECIMAL"))
    return decimal and low >= 0 and high <= 100 and (column.distinct or 0) > 2


def _fraction(column: Column) -> bool:
    """A share held as a fraction (0.42 for 42%): every value between 0 and 1, not all whole
    (a 0/1 flag adds up to a count). Fractions of different wholes never add up."""
    low, high = column.min, column.max
    if not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return False
    kind = column.type.upper()
    decimal = any(t in kind for t in ("FLOAT", "DOUBLE", "REAL", "DECIMAL", "NUMERIC"))
    return decimal and low >= 0 and high <= 1 and (column.distinct or 0) > 2
