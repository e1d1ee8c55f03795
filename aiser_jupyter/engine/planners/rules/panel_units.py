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
from .trait_rows import people_word, person_key

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
    at = _counted_unit(d)
    said = d.q.words[at].text if at is not None else None
    found = panel_key(m.table)
    # … or no period, but the id's rows share one sex, one age: a person's (a diary's days)
    key = found[0] if found is not None else person_key(m.table)
    if said is None or key is None or any(x.column is key for x in d.dims):
        return
    if found is None and (not people_word(said) or at in _kept(d)):
        return  # "how many firms": a person's id counts no firms; "patients" a value kept
    if renumbered(m.table, key):
        return  # a survey's respondents numbered anew each year: each row is one of them
    m.agg, m.column, m.entity = "distinct", key, said


def _kept(d: Draft) -> set[int]:
    """The indexes of the words of values the plan keeps its rows to."""
    return {
        i for m in d.mentions if m.kind == "value" and id(m) in d.used for i in range(m.lo, m.hi)
    }


def _counted_unit(d: Draft) -> int | None:
    """Where the word the count words count is, when it names people or firms ("how many
    [women]"; "how many [male] patients": a value kept said before the people)."""
    words = d.q.words
    kept = _kept(d)
    for _, hi in d.r.counts:
        i = hi
        while (
            i < len(words)
            and i < hi + 3
            and lemma(words[i].text) not in UNITS
            and (words[i].text in _BEFORE or i in kept)
        ):
            i += 1
        if i < len(words) and lemma(words[i].text) in UNITS:
            return i
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
