"""Long (key/value) tables in a catalog: ``indicators(country, indicator, value)``,
``metrics(store, metric, amount)``, ``rent_income(state, variable, estimate, moe)`` — one row
per thing and key value, so the number a question asks for ("median rent") is the table's
number on the rows of one key value, not a column.

The shape is read from the catalog's profile: a text key of few values, all of them known;
a grain of one or two other columns that, with the key, make a row (the product of their
distinct counts is about the row count, theirs alone is not); one main number (others may be
its margin of error or a flag). Used by the rule planner (:mod:`.rules.long_form`) and by the
honesty check (a statistic word naming such a number: "median rent").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp

from ..catalog.model import Catalog, Column, Table
from .lexicon import split_name
from .roles import calendar_part, is_identifier

__all__ = [
    "NAME_STATISTICS",
    "LongKey",
    "keyed_strings",
    "long_keys",
    "measured_numbers",
    "one_per_key_value",
]

#: statistic words a long table's number may be named by ("median rent": each row a median)
NAME_STATISTICS = frozenset(["median", "mean", "average", "avg"])

#: the most values a key column may have (a list of measures, not of things)
_MOST_KEYS = 40
#: name words of a number beside the main one that qualifies it (its error, its flag)
_QUALIFIER_WORDS = frozenset(
    [
        "moe",
        "margin",
        "error",
        "err",
        "se",
        "sd",
        "stderr",
        "std",
        "ci",
        "lower",
        "upper",
        "lo",
        "hi",
        "low",
        "high",
        "flag",
        "flags",
        "note",
        "notes",
        "status",
        "quality",
        "rank",
    ]
)


@dataclass(frozen=True)
class LongKey:
    """A long table's key column, its main number, the number's qualifiers, and its grain."""

    table: Table
    key: Column
    value: Column
    others: tuple[Column, ...]
    grain: tuple[Column, ...]


def long_keys(catalog: Catalog) -> dict[str, LongKey]:
    """Table name (lower case) → its long key, for the tables shaped as key/value lists."""
    return catalog.derived("long keys", _find_keys)


def one_per_key_value(catalog: Catalog, table: Table, name: str) -> bool:
    """Whether ``table`` is a long table whose rows, its key kept to one value, are one per
    value of ``name`` (its grain): ``gdp_countries`` described 'GDP growth' has a row per
    country."""
    key = long_keys(catalog).get(table.name.lower())
    return key is not None and [c.name.lower() for c in key.grain] == [name.lower()]


def _find_keys(catalog: Catalog) -> dict[str, LongKey]:
    out: dict[str, LongKey] = {}
    for table in catalog.tables:
        found = _long_key(table)
        if found is not None:
            out[table.name.lower()] = found
    return out


def measured_numbers(table: Table) -> list[Column]:
    """The numbers that may be measured: not identifiers, calendar parts, or a whole-number
    code of a thing (``geoid`` beside ``name``: as many values as a text column has)."""
    texts = {c.distinct for c in table.columns if c.semantic != "quantitative" and c.distinct}
    return [
        c
        for c in table.columns
        if c.semantic == "quantitative"
        and not is_identifier(table, c)
        and not calendar_part(c)
        and not ("int" in c.type.lower() and _code_of_a_name(c.distinct, texts))
    ]


def _code_of_a_name(distinct: int | None, texts: set[int]) -> bool:
    """A whole number with as many values as a text column (``ccode`` beside ``country``): the
    things' code; among many, one more or fewer (a name two codes share, a code not given)."""
    if not distinct:
        return False
    return distinct in texts or (
        distinct >= 50 and any(abs(distinct - n) <= distinct * 0.02 for n in texts)
    )


def _long_key(table: Table) -> LongKey | None:
    rows = table.row_count or 0
    numbers = measured_numbers(table)
    years = _years(numbers)
    if rows < 4 or not (1 <= len(numbers) <= 3 or years):
        return None
    main = [c for c in numbers if not set(split_name(c.name, expand=False)) & _QUALIFIER_WORDS]
    if years:  # one column per year (World Bank style): the latest, a year said picks another
        main, numbers = [years[-1]], [years[-1]]
    if len(main) != 1:
        return None  # two numbers of their own: which one a value names is not known
    value = main[0]
    found: list[LongKey] = []
    for key in table.columns:
        if not _key_like(key):
            continue
        grain = _grain(table, key, numbers, rows)
        if grain is not None:
            others = tuple(c for c in numbers if c is not value)
            found.append(LongKey(table, key, value, others, grain))
    # two columns either of which could be the key (stores × metrics): neither is taken
    return found[0] if len(found) == 1 else None


def _years(numbers: list[Column]) -> list[Column]:
    """The numbers, by year, when they are all one family of years (``year_1960`` …
    ``year_2020``): one number the table holds for each year; else none."""
    from .name_years import family_words, name_year

    dated = [c for c in numbers if name_year(c) is not None]
    families = {family_words(c) for c in numbers}
    if len(numbers) < 3 or len(dated) != len(numbers) or len(families) != 1:
        return []
    return sorted(dated, key=lambda c: name_year(c) or 0)


def _key_like(column: Column) -> bool:
    """Text of a few values, every one of them known (the catalog's samples hold them all)."""
    distinct = column.distinct or 0
    type_ = column.type.lower()
    text = any(t in type_ for t in ("char", "text", "string"))
    return (
        column.semantic == "nominal"
        and text
        and 2 <= distinct <= _MOST_KEYS
        and len(column.samples) >= distinct
        and not column.nulls
        and all(isinstance(v, str) and any(ch.isalpha() for ch in v) for v in column.samples)
    )


#: how far below the row count a product of estimated distinct counts may fall
_ESTIMATED = 0.96


def _grain(
    table: Table, key: Column, numbers: list[Column], rows: int
) -> tuple[Column, ...] | None:
    """One or two other columns that, with ``key``, make a row: the product of their distinct
    counts and the key's is the row count (or a little more: a few pairs missing), and
    theirs alone is less — every thing has a row per key value. Distinct counts are estimates
    on all but small tables (213 dates counted 210): a product short by a few percent holds."""
    rest = [c for c in table.columns if c is not key and c not in numbers and c.distinct]
    rest.sort(key=lambda c: c.semantic != "nominal")  # a thing's name before its code
    keys = key.distinct or 0
    sets: list[tuple[Column, ...]] = [(c,) for c in rest]
    sets += [(a, b) for i, a in enumerate(rest) for b in rest[i + 1 :]]
    for grain in sets:
        product = 1
        for c in grain:
            product *= c.distinct or 0
        if product < rows and rows * _ESTIMATED <= product * keys <= rows * 1.25:
            return grain
    return None


def keyed_strings(tree: exp.Expression, catalog: Catalog) -> set[str]:
    """The values (and their first words) a query keeps of a long table's key while it reads
    that table's number: ``variable = 'rent'`` beside ``estimate`` → {"rent"}."""
    keys = long_keys(catalog)
    if not keys:
        return set()
    read = {(c.table.lower(), c.name.lower()) for c in tree.find_all(exp.Column)}
    out: set[str] = set()
    for node in tree.find_all(exp.EQ, exp.In):
        col = node.this
        if not isinstance(col, exp.Column):
            continue
        key = keys.get(col.table.lower()) if col.table else None
        if key is None or col.name.lower() != key.key.name.lower():
            continue
        numbers = [key.value, *key.others]
        if not any((key.table.name.lower(), n.name.lower()) in read for n in numbers):
            continue
        literals = [node.expression] if isinstance(node, exp.EQ) else node.expressions
        for lit in literals:
            if isinstance(lit, exp.Literal) and lit.is_string:
                text = str(lit.this).strip().lower()
                out |= {text, *text.split()[:1]}
    return out
