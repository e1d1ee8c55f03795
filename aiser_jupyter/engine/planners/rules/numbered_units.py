"""A time unit asked of a table without dates, along an integer column that counts that unit:
"visits per day" on ``day`` (1, 2, … 60: a day number, not a day of the month), "positive
tests per day of the pandemic" on ``pan_day`` (days since an event). The chart groups by the
numbers as they are; two such columns and no word to pick one leave the unit unread."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from .draft import Draft

__all__ = ["numbered_unit"]

#: the unit word a column's name carries, by the time unit read ("per day": day)
_UNIT_WORDS = {"day": "day", "yearweek": "week", "week": "week", "hour": "hour"}


def numbered_unit(d: Draft, table: Table, unit: str | None) -> Column | None:
    """The one integer column of ``table`` whose name has the unit's word ("day", "pan_day"),
    or of several the one whose other word a free question word begins ("day of the
    [pandemic]": ``pan_day``)."""
    word = _UNIT_WORDS.get(unit or "")
    if word is None:
        return None
    found = [
        c
        for c in table.columns
        if c.semantic in ("quantitative", "key")
        and "int" in c.type.lower()
        and word in split_name(c.name, expand=False)
    ]
    if len(found) <= 1:
        return found[0] if found else None
    said = {lemma(w.text) for i, w in enumerate(d.q.words) if d.q.free(i) and w.text.isalpha()}
    named = [c for c in found if _named(c, word, said)]
    return named[0] if len(named) == 1 else None


def _named(column: Column, word: str, said: set[str]) -> bool:
    """Each other piece of the name is a word said, or begins one (3+ letters)."""
    rest = [p for p in split_name(column.name, expand=False) if p != word]
    return bool(rest) and all(
        any(s == p or (len(p) >= 3 and s.startswith(p)) for s in said) for p in rest
    )
