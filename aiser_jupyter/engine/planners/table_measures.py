"""A measure named by its table: panels and long series keep their one number in a column of
no name of its own (``value``, ``n``, ``obs``) and name the measure in the table's name —
``coffee_imports(country, member, year, value)``, ``mvprod(country, year, value)`` (motor
vehicle production), ``ghp100k(country, year, value)`` (gun homicides per 100k people). An
analyst asks for "coffee imports" or "motor vehicle production": the table's name words (and
its glued, abbreviated spelling, :mod:`.aligned`) stand for that number.

Only a table whose rows are observations of that number over a grain qualifies: no key or
code names its rows (``orders(order_id, amount)``: "orders" are its rows, counted), the one
number of a generic name is its only number besides 0/1 flags and its own bounds, and it is no long table whose
key names many measures (:mod:`.long_tables`).
"""

from __future__ import annotations

import re

from ..catalog.model import Catalog, Column, Table
from .lexicon import split_name
from .long_tables import long_keys
from .roles import GENERIC_MEASURE_NAMES, PER_UNIT, calendar_part, is_identifier

__all__ = ["head_measures", "per_unit_spellings", "table_measure", "table_measures"]

#: table names that are themselves generic: they name rows or a store, never a measure
_GENERIC_TABLE_WORDS = frozenset(
    [
        "data",
        "dataset",
        "table",
        "value",
        "values",
        "observation",
        "record",
        "measurement",
        "entry",
        "row",
        "stat",
        "statistic",
        "indicator",
        "metric",
        "series",
        "fact",
        "count",
        "total",
        "number",
        "amount",
    ]
)


#: names of a unit of measure: a number named only for its unit (``us_gasoline(Week,
#: Barrels)``, ``emissions(year, tonnes)``) says no more of what it measures than ``value``
UNIT_NAMES = frozenset(
    ["barrels", "bbl", "tonnes", "tons", "tonnage", "gallons", "litres", "liters", "kwh", "mwh",
     "gwh", "twh", "dollars", "usd", "eur", "euros", "pounds", "kg", "kilograms", "mw", "gw"]
)  # fmt: skip


def _compact(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def table_measure(table: Table) -> Column | None:
    """The number ``table``'s name stands for, or None (see the module's docstring)."""
    if any(_names_rows(table, c) for c in table.columns):
        return None
    words = split_name(table.name)
    if not words or set(words) & _GENERIC_TABLE_WORDS:
        return None
    numbers = [c for c in table.columns if c.semantic == "quantitative" and not calendar_part(c)]
    generic = [c for c in numbers if _compact(c.name) in GENERIC_MEASURE_NAMES | UNIT_NAMES]
    if len(generic) != 1:
        return None
    others = [
        c
        for c in numbers
        if c is not generic[0] and ((c.distinct or 99) <= 2 or _compact(c.name) in _BOUNDS)
    ]
    if len(others) != len(numbers) - 1:
        return None
    return generic[0]


#: names of the bounds and error of an estimate kept beside it (``arcticseaice(year, value,
#: lb, ub)``): they qualify the value, they are not other measures
_BOUNDS = frozenset(
    ["lb", "ub", "lower", "upper", "lwr", "upr", "lo", "hi", "lci", "uci", "se", "ci", "moe"]
)


def _names_rows(table: Table, column: Column) -> bool:
    """A key or a code with a value for (about) every row: the rows are things it names
    (``orders.order_id``), not observations (``country_code`` of a panel repeats by year)."""
    if column.primary_key:
        return True
    if not is_identifier(table, column):
        return False
    rows, distinct = table.row_count, column.distinct
    return not rows or not distinct or distinct >= 0.9 * rows


def table_measures(catalog: Catalog) -> dict[str, Column]:
    """Table name (lower case) → the number its name stands for, for the tables that have one
    (long tables, whose key values name their measures, excluded)."""
    return catalog.derived("table measures", _find)


def _find(catalog: Catalog) -> dict[str, Column]:
    long = long_keys(catalog)
    out: dict[str, Column] = {}
    for table in catalog.tables:
        if table.name.lower() in long:
            continue
        column = table_measure(table)
        if column is not None:
            out[table.name.lower()] = column
    return out


def per_unit_spellings(key: str) -> tuple[str, ...]:
    """A compact name ending in a rate per so many (``ghp100k``, ``cbrp1k``) as an analyst
    says it: its stem and "rate" (``ghrate``: "gun homicide rate"), and its stem alone,
    where the stem's last letter is the rate (``cbr``: "crude birth rate"); none for another
    name."""
    stem = PER_UNIT.sub("", key)
    return (stem + "rate", stem) if stem != key and len(stem) >= 2 else ()


def head_measures(table: Table, words: tuple[str, ...]) -> list[Column]:
    """ "home sales" for a table of housing with a ``sales`` column: a name of the table whose
    last word (its head noun) is one of its numbers names that number first."""
    if len(words) < 2:
        return []
    return [
        c
        for c in table.columns
        if c.semantic == "quantitative" and tuple(split_name(c.name)) == words[-1:]
    ]
