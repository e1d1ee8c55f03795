"""What a column is, from its name and its profile: an identifier or code (counted, never
summed), a part of a date held as a number (a year, a month), an amount that adds up or a
level that is averaged. Shared by the planners and the honesty check."""

from __future__ import annotations

import re

from ..catalog.model import Column, Table
from .lexicon import lemma, names_a_place, split_name

__all__ = [
    "CALENDAR_NAMES",
    "GENERIC_MEASURE_NAMES",
    "PER_UNIT",
    "calendar_part",
    "is_identifier",
    "summable",
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

#: words of integer columns that hold a part of a date, and the part
CALENDAR_NAMES = {
    "year": "year",
    "yr": "year",
    "yyyy": "year",
    "season": None,
    "quarter": "quarter",
    "qtr": "quarter",
    "month": "month",
    "mon": "month",
    "mo": "month",  # Mo.Sold, mo_sold: the month of a sale (a value 1..12 checked below)
    "mth": "month",
    "mnth": "month",
    "week": "week",
    "wk": "week",
    "day": "day",
    "dow": "weekday",
    "weekday": "weekday",
    "hour": "hour",
    "hr": "hour",
    "minute": "minute",
}
_CALENDAR_RANGES = {
    "year": (1000, 2200),
    "quarter": (1, 4),
    "month": (1, 12),
    "week": (0, 53),
    "day": (1, 31),
    "weekday": (0, 7),
    "hour": (0, 24),
    "minute": (0, 59),
}
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


#: name words of integer columns that, holding 1800…2100, hold years
_YEARISH = frozenset(
    [
        "date",
        "start",
        "from",
        "since",
        "founded",
        "built",
        "opened",
        "established",
        "season",
        "born",
        "birth",
        "until",
        "end",
    ]
)


#: a year word after a letter or two of prefix, run together: ``iyear``, ``fyear``, ``cyr``
_PREFIXED_YEAR = re.compile(r"[a-z]{1,2}(?:year|yr)")


def calendar_part(column: Column) -> str | None:
    """``year``, ``month``, ``hour`` … when an integer column holds that part of a date
    (or a text column holds years: ``'2014'``)."""
    if column.semantic == "nominal" and _years_as_text(column):
        return "year"
    if column.semantic not in ("quantitative", "key") or not _whole_numbers(column):
        return None
    words = split_name(column.name, expand=False)
    if "of" in words[1:]:  # "day of month", "hour of day": the part named before "of"
        words = words[: words.index("of", 1)]
    part = next((CALENDAR_NAMES.get(w) for w in reversed(words) if w in CALENDAR_NAMES), None)
    if part is None and (
        set(words) & _YEARISH or _PREFIXED_YEAR.fullmatch(words[-1]) or words == ["time"]
    ):  # an integer "open date", "built", "iyear" of 1820…2000; R's yearly series' "time"
        part = "year"
    if part is None or (part != "year" and "int" not in column.type.lower()):
        return None  # a float of whole hours or days is a duration; of whole years, a year
    lo, hi = _CALENDAR_RANGES[part]
    if part == "year" and two_digit_year(column):
        return part
    try:
        if (
            column.min is not None
            and column.max is not None
            and not (lo <= float(column.min) and float(column.max) <= hi)
        ):
            return None
    except (TypeError, ValueError):
        return None
    return part


def beside_a_date(table: Table, column: Column, series: bool = False) -> bool:
    """Whether ``column`` names a part of a cycle ("day of month", "hour of day"), or a
    ``series`` of months was asked for, in a table that also holds the dates: "daily",
    "monthly" run along the dates, not round the month's days or the year's months
    (``MonthSold`` 1 … 12 beside the dates of sale)."""
    words = split_name(column.name, expand=False)
    return ("of" in words[1:] or series) and any(c.semantic == "temporal" for c in table.columns)


#: the years of the 20th century some files store in two digits (68 … 88 for 1968 … 1988)
_TWO_DIGITS = (30, 99)
#: the century a two-digit year is read in
CENTURY = 1900


def two_digit_year(column: Column) -> bool:
    """An integer column named as a year whose values run within 30 … 99: the years 1930 …
    1999 written in two digits, as Stata's and older surveys' files store them (``year`` 68 …
    88, ``yronset`` 85 … 93); never a year of study (1 … 6)."""
    if "int" not in column.type.lower() or column.min is None or column.max is None:
        return False
    words = split_name(column.name, expand=False)
    if not any(CALENDAR_NAMES.get(w) == "year" for w in words):
        return False
    try:
        return _TWO_DIGITS[0] <= float(column.min) and float(column.max) <= _TWO_DIGITS[1]
    except (TypeError, ValueError):
        return False


def _whole_numbers(column: Column) -> bool:
    """An integer column, or a floating one that holds whole numbers only (a year read from a
    file with gaps becomes 1997.0: pandas, SQLite's REAL, CSV readers)."""
    if "int" in column.type.lower():
        return True
    values = [column.min, column.max, *column.samples]
    try:
        return all(v is not None and float(v).is_integer() for v in values)
    except (TypeError, ValueError):
        return False


def _years_as_text(column: Column) -> bool:
    words = split_name(column.name, expand=False)
    if not words or CALENDAR_NAMES.get(words[-1]) != "year":
        return False
    values = [str(v) for v in column.samples if v is not None]
    return bool(values) and all(re.fullmatch(r"(1[89]|20)\d\d", v.strip()) for v in values)


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
    if column.semantic != "quantitative" or is_identifier(table, column) or calendar_part(column):
        return False
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
