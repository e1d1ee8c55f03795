"""The head noun of a column's name: what the column *is*, as English compounds say it.

In an English compound the head is the last noun and the words before it modify it:
``booking_changes`` holds changes (of bookings), ``room_type`` a type, ``lead_time`` a time.
A question word that matches only a noun modifying the head of a number's name ("bookings"
against ``booking_changes``) does not name that number: a booking is not a change.

Words after the head that only qualify it are not heads: a statistic (``temp_max``,
``price_avg``, ``sales_total``, ``bookings_count``), an identifier or share suffix (``_id``,
``_pct``), a number or a year (``_2018``), a unit (``distance_km``, ``price_usd``), and a
"per …" phrase (``price_per_room``, ``gdp_per_capita``: a price, a gdp).
"""

from __future__ import annotations

from collections.abc import Sequence

from .facts import Facts
from .lexicon import split_name

__all__ = [
    "QUALIFIERS",
    "QUANTITIES",
    "head_index",
    "heads_a_used_column",
    "names_other_thing",
]

#: words that qualify the noun before them (names are split and abbreviations expanded first)
QUALIFIERS = frozenset(
    [
        # statistics
        "maximum",
        "minimum",
        "average",
        "mean",
        "median",
        "total",
        "sum",
        "count",
        "cnt",
        "avg",
        "max",
        "min",
        "std",
        "var",
        "sd",
        # generic quantities: fare_amount is the fare, sales_value the sales
        "amount",
        "amt",
        "quantity",
        "qty",
        "value",
        # identifiers and shares
        "id",
        "pct",
        "percent",
        "percentage",
        # units
        "usd",
        "eur",
        "gbp",
        "km",
        "kms",
        "mi",
        "m",
        "cm",
        "mm",
        "kg",
        "kgs",
        "g",
        "lb",
        "lbs",
        "mph",
        "kmh",
        "sec",
        "secs",
        "ms",
        "hrs",
        "mins",
        "thousand",
        "million",
        "billion",
    ]
)
#: nouns of a quantity, which head a name even when written first (``amount_payment``)
QUANTITIES = frozenset(
    [
        "amount",
        "number",
        "count",
        "total",
        "sum",
        "quantity",
        "price",
        "cost",
        "value",
        "rate",
        "ratio",
        "share",
        "percent",
        "size",
        "weight",
        "height",
        "length",
        "duration",
        "age",
        "score",
        "fee",
        "balance",
    ]
)
#: prepositions that start a qualifying phrase after the head ("price per room", "rating in
#: percent", "sales by region")
_AFTER_HEAD = frozenset(["per", "in", "at", "by"])


#: spans of time a number before them makes a qualifier ("7 day", "12 month")
_SPANS = frozenset(["day", "week", "month", "year", "hour", "minute", "second", "quarter"])


def head_index(words: Sequence[str]) -> int:
    """The index of the head noun in a name's words (as :func:`.lexicon.split_name` gives
    them): the last word before any "per …" phrase that is no qualifier, number or unit."""
    end = len(words)
    for k in range(1, len(words)):
        if words[k] in _AFTER_HEAD:
            end = k  # price_per_room, rating_in_percent: the head comes before
            break
        if words[k] == "of" and not all(w in QUALIFIERS or w == "number" for w in words[:k]):
            end = k  # time_of_day; but number_of_deaths, total_of_requests: after "of"
            break
    for i in range(end - 1, -1, -1):
        word = words[i]
        if word in QUALIFIERS or word.isdigit():
            continue
        if i > 0 and words[i - 1].isdigit() and word in _SPANS:
            continue  # viewers_7day: "7-day" viewers
        return i
    return max(0, end - 1)


def names_other_thing(name: str) -> bool:
    """Whether the first word of ``name`` (as the schema spells it) is a noun modifying a
    later head — ``booking_changes``: changes of a booking, ``death_rate`` — so that word
    alone names another thing (a booking), not the number the column holds. Not when the
    first word is the head (``temp_max``, ``gdp_per_capita``), an adjective (``low_estimate``,
    ``net_worth``: a kind of the head), or the head is no English word (``lifeExp``)."""
    raw = split_name(name, expand=False)
    if len(raw) < 2 or split_name(raw[0])[0] in QUANTITIES:
        return False  # Amount_Payment, Number_Deaths: the quantity named first is the head
    head = head_index(raw)
    if head == 0 or not _english(raw[head]):
        return False
    from lemminflect import getAllLemmas

    kinds = getAllLemmas(raw[0])
    return "NOUN" in kinds and "ADJ" not in kinds


def _english(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def heads_a_used_column(noun: str, facts: Facts) -> bool:
    """Whether ``noun`` ("population" of "most populous") is the head of a column the plan
    reads (``pop``, ``total_population``) — not only a modifier of one (``popadults``: adults,
    of a population)."""
    catalog = facts.catalog
    if catalog is None:
        return noun in facts.names or noun in facts.measure_names
    for column in facts.read_columns():
        words = split_name(column.name)
        if words and words[head_index(words)] == noun:
            return True
    return False
