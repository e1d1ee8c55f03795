"""What one row of a plan's table is, read from its profile: one day (a unique date), one
month (an integer calendar column the plan leaves alone), or a part of something else (its own
``id`` repeats) — what the honesty check reads "daily", "number of days" or "orders" against."""

from __future__ import annotations

from ..catalog.model import Table
from .facts import Facts
from .lexicon import lemma, split_name

__all__ = ["GRAINS", "one_per_row", "rows_are", "rows_by_part", "rows_share_ids"]

#: adjectives of a grain, and the calendar part each row then is
GRAINS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "quarter",
    "yearly": "year",
    "annual": "year",
    "hourly": "hour",
}


def rows_by_part(unit: str, facts: Facts) -> bool:
    """Whether a table of the plan holds ``unit`` as an integer calendar column (``month``) the
    plan neither groups by nor filters: its rows are months, each measured once."""
    if facts.catalog is None:
        return False
    from .roles import calendar_part

    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None:
            continue
        for column in table.columns:
            if calendar_part(column) == unit and (name, column.name.lower()) not in facts.columns:
                return True
    return False


def rows_share_ids(facts: Facts) -> bool:
    """Whether a counted table's own ``id`` repeats (pizzas sold, several per order ``id``): its
    rows are parts of something else, so a count of them is of what the question names only
    when it names the table ("pizzas"), not when it names some other thing ("orders")."""
    if facts.catalog is None or "count" not in facts.aggregates:
        return False
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None or not table.row_count:
            continue
        own = {"id", *split_name(table.name)}
        for column in table.columns:
            words = split_name(column.name)
            if (
                words[-1:] == ["id"]
                and set(words) <= own
                and (column.distinct or 0) < 0.95 * table.row_count
                and not _one_per_year_drawn(table, column.name, facts)
            ):
                return True
    return False


def _one_per_year_drawn(table: Table, key: str, facts: Facts) -> bool:
    """The table holds one row per ``key`` and year (a panel, see ``catalog/panels``) and the
    plan counts within one year: grouped by it, or kept to one year. Each row counted is then
    one of the things ``key`` names ("number of respondents per year")."""
    grouped = {f.lower() for f in facts.group_fields}
    for pair in table.row_keys:
        if len(pair) != 2 or pair[0] != key:
            continue
        year = pair[1].lower()
        if year in grouped or (
            len(facts.years) == 1 and (table.name.lower(), year) in facts.columns
        ):
            return True
    return False


def rows_are(unit: str, facts: Facts) -> bool:
    """Whether a table of the plan has one row per ``unit`` (a unique date column)."""
    if facts.catalog is None:
        return False
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None or not table.row_count:
            continue
        for column in table.columns:
            if column.semantic == "temporal" and (column.distinct or 0) >= 0.95 * table.row_count:
                return unit in ("day", "date") or unit in column.name.lower()
    return False


def one_per_row(i: int, words: list[str], facts: Facts) -> bool:
    """ "number of [ratings]" in a table with a ``rating`` column: the column holds one rating
    per row (named in the singular, it is no count of ratings), so counting the rows counts
    the ratings, whatever else repeats in them."""
    word = words[i]
    base = lemma(word)
    if base == word or facts.catalog is None or not facts.aggregates <= {"count"}:
        return False
    for name in facts.tables:
        table = facts.catalog.table(name)
        for column in table.columns if table is not None else ():
            if (
                split_name(column.name, expand=False) == [base]
                and column.semantic == "quantitative"
                and "int" not in column.type.lower()  # a measurement: no count, no numbering
            ):
                return not column.nulls
    return False
