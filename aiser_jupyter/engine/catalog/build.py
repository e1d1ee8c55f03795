"""Build a source's :class:`~.model.Catalog`: introspect, type, profile, then find the joins."""

from __future__ import annotations

import re

from .composite import infer_composite
from .joins import infer_joins
from .markers import find_markers, is_text, numbers_as_text
from .model import Catalog, CatalogSource, Column, Table, name_words, semantic_type
from .panels import confirm_panels
from .profile import profile_table
from .traits import confirm_traits
from .year_keys import carry_year_keys

__all__ = ["build_catalog"]

_DATE_TEXT = re.compile(
    r"^\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?)?$|^\d{1,2}/\d{1,2}/\d{4}$"
)


def build_catalog(source: CatalogSource, *, profile: bool = True) -> Catalog:
    """Introspect ``source`` and profile its columns cheaply (sampled on big tables).

    Without ``profile`` the catalog has names and types only (enough to chart a SELECT),
    and only declared joins.
    """
    tables, declared = source.describe()
    for table in tables:
        for column in table.columns:
            column.semantic = semantic_type(column.name, column.type, column.primary_key)
    catalog = Catalog(source=source.alias, dialect=source.dialect, tables=tables)
    if profile:
        for table in tables:
            profile_table(source, table)
            for column in table.columns:
                if column.semantic == "nominal" and _dates_as_text(column):
                    column.semantic = "temporal"  # '2008-05-01' kept as text: still a date
                elif column.semantic == "nominal" and numbers_as_text(column):
                    _read_as_number(source, table, column)
    catalog.joins = infer_joins(tables, declared, source if profile else None)
    if profile:
        catalog.joins += infer_composite(tables, catalog.joins, source)
        confirm_panels(tables, catalog.joins, source)
        confirm_traits(tables, source)  # a patient's age on each of their diary days
        catalog.joins += carry_year_keys(tables, catalog.joins)  # survey ids renumbered yearly
        _keys_of_joins(catalog)
    return catalog


#: name words of a whole-number column that holds a part of a date, not a thing's number
_CALENDAR_WORDS = frozenset(
    ["year", "yr", "month", "mon", "day", "week", "quarter", "hour", "season", "period", "wave"]
)


def _singular(words: set[str]) -> set[str]:
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words}


def _keys_of_joins(catalog: Catalog) -> None:
    """Whole-number columns that an inferred join matches to a column unique in its table and
    named like that table's things (``MathAchieve.School`` → ``MathAchSchool.School``, 160
    schools numbered 1224…9586) number those things: keys, counted and never summed, on
    both sides. Parts of dates that tables share (a year) keep their reading."""
    for join in catalog.joins:
        ref_table = catalog.table(join.ref_table)
        if join.declared or ref_table is None:
            continue
        if not _singular(name_words(join.ref_column)) <= _singular(name_words(ref_table.name)):
            continue
        for table_name, column_name in (
            (join.table, join.column),
            (join.ref_table, join.ref_column),
        ):
            table = catalog.table(table_name)
            column = table.column(column_name) if table is not None else None
            if (
                column is not None
                and column.semantic == "quantitative"
                and "int" in column.type.lower()
                and not name_words(column.name) & _CALENDAR_WORDS
            ):
                column.semantic = "key"


def _dates_as_text(column: Column) -> bool:
    """A text column whose values are all dates ('2008-05-01', '5/1/2008')."""
    values = [v for v in column.samples if v is not None]
    return bool(values) and all(isinstance(v, str) and _DATE_TEXT.match(v.strip()) for v in values)


def _read_as_number(source: CatalogSource, table: Table, column: Column) -> None:
    """A text column of numbers: quantitative, with its missing markers recorded.

    SQLite and MySQL add up '130' as it is; elsewhere the column is read as a number
    only when it holds markers ('NA' is why a loader kept the numbers as text), since a
    text column of plain digits there is more often a code.
    """
    if is_text(column):
        column.markers = find_markers(source, table, column)
    if source.dialect in ("sqlite", "mysql") or column.markers:
        column.semantic = "quantitative"
