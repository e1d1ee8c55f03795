"""The number compared belongs to the things said to have it: "how many visits had a
bilirubin above 5, among patients whose …" compares the visits' own ``bili``
(``pbcseq.bili``), not the patients' namesake at entry (``pbc.bili``), however the name's
two columns tie."""

from __future__ import annotations

from ...catalog.model import Column, Table
from .draft import Draft
from .link import Mention

__all__ = ["owned_by"]

#: verbs of having between the things and the number they have ("visits had a bilirubin")
_HAVE = frozenset(["had", "has", "have", "with"])


def owned_by(d: Draft, m: Mention) -> tuple[Table, Column, Mention]:
    """``m``'s table and column, or the namesake column of the table the words right before
    it name as the things having it ("[visits] had a bilirubin")."""
    assert m.column is not None
    before = d.q.texts(max(0, m.lo - 3), m.lo)
    if not set(before) & _HAVE:
        return m.table, m.column, m
    for owner in d.mentions:
        if owner.kind != "table" or owner.table is m.table or not m.lo - 4 <= owner.hi <= m.lo:
            continue
        same = [c for c in owner.table.columns if c.name.lower() == m.column.name.lower()]
        if same:
            return owner.table, same[0], m
    return m.table, m.column, m
