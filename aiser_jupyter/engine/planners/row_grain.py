"""What one row of a plan's table is, read from its profile: one day (a unique date), one
month (an integer calendar column the plan leaves alone), or a part of something else (its own
``id`` repeats) — what the honesty check reads "daily", "number of days" or "orders" against."""

from __future__ import annotations

from ..catalog.model import Column, Table
from .facts import Facts
from .lexicon import lemma, split_name

__all__ = [
    "EXTREMES",
    "GRAINS",
    "after_centre",
    "dated_rows_drawn",
    "one_per_row",
    "per_row_unit",
    "rows_are",
    "rows_by_part",
    "rows_of",
    "rows_share_ids",
    "unique_in",
]

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


def per_row_unit(i: int, words: list[str], base: str, facts: Facts) -> bool:
    """ "average births per day" of a table of one row per date (grouped by no day): the day
    each row is, the average taken over them; "the worst single day each year" (max deaths):
    the day whose number is the extreme."""
    before = words[i - 1] if i > 0 else ""
    extreme = before == "single" and bool(facts.aggregates) and facts.aggregates <= {"max", "min"}
    return (
        (extreme or (before in ("per", "a") and facts.aggregates <= {"mean", "median"}))
        and base in ("day", "month")
        and bool(facts.aggregates)
        and base not in facts.units
        and rows_are(base, facts)
    )


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
    """Whether a table of the plan has one row per ``unit``: a date column as many as the rows
    (one per day, or stored at ``unit``: a monthly series), or a panel of dates by a key — as
    many rows as dates times keys — the plan keeps to one key ("Tasmania's quarters")."""
    if facts.catalog is None:
        return False
    from .date_grain import stored_unit

    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None or not table.row_count:
            continue
        for column in table.columns:
            if column.semantic != "temporal":
                continue
            stored = stored_unit(column)
            if (column.distinct or 0) >= 0.95 * table.row_count:
                if stored is not None and stored != "day":
                    return unit == stored or unit == "date"
                if stored is None and _within_days(column):
                    return False  # a timestamp every 5 minutes: "how many days" counts no rows
                return unit in ("day", "date") or unit in column.name.lower()
            if stored == unit and _one_key_kept(table, column, facts):
                return True
    return False


def _within_days(column: Column) -> bool:
    """Whether ``column`` holds more than two moments a day over its span: its rows are
    parts of days (a call centre's 5-minute counts), never days."""
    from .date_grain import span_of

    span = span_of(column)
    return span is not None and (column.distinct or 0) > 2 * ((span[1] - span[0]).days + 1)


def _one_key_kept(table: Table, date: Column, facts: Facts) -> bool:
    """Whether ``table`` holds one row per ``date`` and value of a text column (its rows as
    many as the two's distinct values multiplied) and the plan keeps one of those values."""
    rows = table.row_count or 0
    for key in table.columns:
        if key.semantic not in ("nominal", "geo") or not key.distinct or key is date:
            continue
        if not 0.95 * rows <= key.distinct * (date.distinct or 0) <= 1.05 * rows:
            continue
        kept = {str(v).lower() for v in key.samples if v is not None} & facts.strings
        if len(kept) == 1:
            return True
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


def dated_rows_drawn(unit: str, facts: Facts) -> bool:
    """Whether the plan draws rows one by one — a histogram of a number, a scatter of two —
    from a table whose date is stored at ``unit``: each row's number is then that unit's
    ("histogram of quarterly occupancy rates" over states' quarters), whatever else the rows
    are of. A total or an average takes numbers over rows, and says nothing of them."""
    if facts.catalog is None or facts.aggregates - {"count"}:
        return False
    if not (facts.bin_steps or (facts.mark == "point" and not facts.aggregates)):
        return False
    from .date_grain import stored_unit

    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is not None and any(stored_unit(c) == unit for c in table.columns):
            return True
    return False


#: extremes a row may hold as its own number (the day's maximum) and the means taken over them
EXTREMES = frozenset(["maximum", "minimum", "max", "min"])
_CENTRES = frozenset(["average", "mean", "median", "avg"])


def after_centre(i: int, words: list[str]) -> bool:
    """``words[i]`` (an extreme) follows a mean, a month's name or year between them at most:
    "the average [maximum] temperature", "the average July [maximum]" — the mean of the rows'
    own extremes, when a row is a day."""
    from .words import MONTHS

    k = i - 1
    while k >= 0 and (words[k] in MONTHS or (words[k].isdigit() and len(words[k]) == 4)):
        k -= 1
    return k >= 0 and words[k] in _CENTRES


def rows_of(table: Table, grain: str) -> bool:
    """Whether ``table`` has one row per ``grain`` (per the other things it holds)."""
    from .date_grain import stored_unit
    from .roles import calendar_part

    rows = table.row_count or 0
    for column in table.columns:
        if calendar_part(column) == grain:
            return True
        if column.semantic == "temporal" and grain == "day" and rows and unique_in(column, rows):
            return True
        if stored_unit(column) == grain:
            return True  # a monthly series: each row's number is a month's
    return False


def unique_in(column: Column, rows: int) -> bool:
    """Whether ``column`` holds (nearly) one value per row of its table's ``rows``."""
    return (column.distinct or 0) >= 0.95 * rows
