"""A share of a group compared: "neighborhoods where more than 30% of residents are college
graduates", "countries where over 40% of births were by caesarean". The number is a share
of the group ("residents", "births") that the words after the verb describe, so what is
compared is the column those words name (``college_grad``, ``c_section``), never the group
the share is taken of (a ``births`` count above 30 is another question)."""

from __future__ import annotations

from ...catalog.model import Column, Table
from .draft import Draft
from .link import Mention
from .question import Question, Word
from .reading import Compare, Reading

__all__ = ["NOT_FOUND", "claim_share_bases", "share_subject"]

#: a share phrase whose described column is not named: nothing is compared (the words stay
#: unused and the plan is refused) rather than the group the share is taken of
NOT_FOUND = "not found"

_PERCENT = frozenset(["%", "percent", "pct"])
_VERBS = frozenset(["are", "were", "is", "was"])
_BASE_WORDS = 3  #: "of the adult residents are": at most this many words name the group
_AFTER_VERB = 3  #: "are by caesarean", "were college graduates": where the column is named


def claim_share_bases(q: Question, r: Reading) -> None:
    """ "of [the] residents are": the group a share is taken of is part of the comparison,
    never a measure or a column compared of its own."""
    for cmp in r.compares:
        verb = _verb_after_share(q.words, cmp)
        if verb is not None:  # "are by caesarean": a manner, no grouping by caesarean
            by = verb + 1 < len(q.words) and q.words[verb + 1].text == "by"
            q.claim(cmp.number_i + 2, verb + 1 + by, "share of")


def share_subject(d: Draft, cmp: Compare) -> tuple[Table, Column, Mention] | str | None:
    """``(table, column, mention)`` the share describes, :data:`NOT_FOUND` when the phrase is
    a share but no number column is named after its verb, ``None`` when it is no share."""
    verb = _verb_after_share(d.q.words, cmp)
    if verb is None:
        return None
    found = [
        m
        for m in d.mentions
        if m.column is not None
        and m.column.semantic == "quantitative"
        and verb < m.lo <= verb + _AFTER_VERB
    ]
    if not found:
        return NOT_FOUND
    m = min(found, key=lambda m: m.lo)
    assert m.column is not None
    if _range(m.column) is None:
        return NOT_FOUND  # "30% of residents are renters" of a renters count: not its share
    if not d.measures and _other_rows(d, m) and not _rows_named(d, m):
        return NOT_FOUND  # the share would be drawn as the measure of another table's rows
    _as_fraction(m.column, cmp)
    return m.table, m.column, m


def _other_rows(d: Draft, m: Mention) -> bool:
    """Another table than the share's is read ("person searches … in neighborhoods …")."""
    return any(x.table is not m.table for x in d.mentions)


def _rows_named(d: Draft, m: Mention) -> bool:
    """Another table's rows are named by a word ("stops by precinct in neighborhoods …"):
    they, not the share, are what the chart counts."""
    return any(t.kind == "table" and t.table is not m.table for t in d.free())


def _verb_after_share(words: list[Word], cmp: Compare) -> int | None:
    """The index of "are" in "more than 30 % of [the] residents are …", if the phrase is one."""
    i = cmp.hi if cmp.hi < len(words) and words[cmp.hi].text in _PERCENT else cmp.hi - 1
    if not (0 <= i < len(words)) or words[i].text not in _PERCENT or i != cmp.number_i + 1:
        return None
    if i + 1 >= len(words) or words[i + 1].text != "of":
        return None
    for j in range(i + 2, min(i + 3 + _BASE_WORDS, len(words))):
        if words[j].text in _VERBS:
            return j if j > i + 2 and words[j - 1].text not in ("the", "a", "an") else None
    return None


def _range(column: Column) -> tuple[float, float] | None:
    """The column's profiled range when it may hold a share (every value within 0..100)."""
    try:
        lo = float(column.min) if column.min is not None else None
        hi = float(column.max) if column.max is not None else None
    except (TypeError, ValueError):
        return None
    if lo is None or hi is None or lo < 0 or hi > 100:
        return None
    return lo, hi


def _as_fraction(column: Column, cmp: Compare) -> None:
    """ "more than 30%" of a column kept as a fraction (every value within 0..1): 0.3."""
    found = _range(column)
    if found is not None and found[1] <= 1 and 1 < cmp.value <= 100:
        cmp.value = cmp.value / 100
        cmp.scaled_from = None
