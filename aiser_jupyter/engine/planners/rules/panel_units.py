"""The people a panel follows, counted: "how many people does the panel follow" of a table of
person-years (one row per ``id`` and ``year``, confirmed on the data) counts distinct ``id``
— 595 people, not their 4,165 yearly rows; "how many women are in the panel" counts the
women's ids. Ids that run 1 to n again in each year are the same people only where every
id has a row in every year (a balanced panel: 595 ids × 7 years = 4,165 rows); otherwise they
number each year's new respondents (a survey), and each row is one of them."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from ..roles import is_identifier
from .draft import Draft
from .entity_keys import repeats

__all__ = ["UNITS", "followed", "panel_key", "panel_units", "renumbered"]

#: what a panel follows from period to period, as analysts count them
UNITS = frozenset(
    ["people", "person", "individual", "respondent", "worker", "employee", "man", "men", "woman",
     "participant", "subject", "household", "family", "member", "child", "student",
     "patient", "resident", "firm", "company"]
)  # fmt: skip
#: words of a column that tells the panel's periods apart
_PERIODS = frozenset(["year", "wave", "period", "time", "date", "month", "quarter"])
#: words between the count words and what they count ("how many of the married women")
_BEFORE = frozenset(["the", "of", "different", "distinct", "unique", "separate"])


def panel_key(table: Table) -> tuple[Column, Column] | None:
    """The column naming what ``table`` follows over time, and its period: a two-column
    row key of an identifier that repeats and a period — ``id`` and ``year`` of rows keyed by
    (id, year)."""
    for key in table.row_keys:
        if len(key) != 2:
            continue
        columns = [table.column(name) for name in key]
        if any(c is None for c in columns):
            continue
        for one, other in (columns, columns[::-1]):
            assert one is not None and other is not None
            period = other.semantic == "temporal" or set(split_name(other.name)) & _PERIODS
            if period and is_identifier(table, one) and repeats(table, one):
                return one, other
    return None


def panel_units(d: Draft) -> None:
    """A count of a panel's rows whose words count the people (firms, households) it
    follows: their distinct identifiers."""
    if len(d.measures) != 1:
        return
    m = d.measures[0]
    if m.agg != "count" or m.column is not None or m.per is not None:
        return
    said = _counted_unit(d)
    found = panel_key(m.table)
    if said is None or found is None or any(x.column is found[0] for x in d.dims):
        return
    key = found[0]
    if renumbered(m.table, key):
        return  # a survey's respondents numbered anew each year: each row is one of them
    m.agg, m.column, m.entity = "distinct", key, said


def _counted_unit(d: Draft) -> str | None:
    """The word the count words count, when it names people or firms ("how many [women]")."""
    words = d.q.words
    for _, hi in d.r.counts:
        i = hi
        while i < len(words) and i < hi + 3 and words[i].text in _BEFORE:
            i += 1
        if i < len(words) and lemma(words[i].text) in UNITS:
            return words[i].text
    return None


#: how far a row count may fall from ids × periods and the panel still be balanced (estimates)
_SLACK = 0.03


def _numbered(column: Column) -> bool:
    """Whether ``column`` holds 1 to n (n its distinct count, an estimate within the slack)."""
    top, n = column.max, column.distinct or 0
    return column.min == 1 and isinstance(top, int) and abs(top - n) <= _SLACK * top


def _balanced(table: Table, key: Column, period: Column) -> bool:
    """Whether every id has a row in every period: rows = ids × periods (profiles estimate)."""
    rows, cells = table.row_count or 0, (key.distinct or 0) * (period.distinct or 0)
    return rows > 0 and abs(cells - rows) <= _SLACK * rows


def followed(table: Table, column: Column) -> bool:
    """Whether ``column`` names the things a balanced panel follows (the same ids each year)."""
    found = panel_key(table)
    return found is not None and found[0] is column and _balanced(table, *found)


def renumbered(table: Table, column: Column) -> bool:
    """Whether ``column`` numbers each period's rows anew (1 … n in every year, not every id
    in every year): a survey's respondents, new ones each year, never followed."""
    found = panel_key(table)
    return (
        found is not None
        and found[0] is column
        and _numbered(column)
        and not _balanced(table, *found)
    )
