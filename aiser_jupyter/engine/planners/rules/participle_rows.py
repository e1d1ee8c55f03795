"""A generic noun with a participle that names a table's rows — "the people stopped", "the
cars towed": those rows, not a column of another table the noun is a weak synonym of
("people" of a population column)."""

from __future__ import annotations

from .draft import Draft
from .link import Mention

__all__ = ["participle_rows"]

#: a column a noun names only this weakly is a synonym's guess ("people" → population)
_WEAK = 0.7


def participle_rows(d: Draft) -> None:
    """Join a weakly named column of one table and the participle right after it naming
    another table ("stopped" of ``stops``) into one mention of that table's rows."""
    for m in list(d.mentions):
        if m.kind != "column" or m.best.score >= _WEAK:
            continue
        after = next((x for x in d.mentions if x.lo == m.hi), None)
        if after is None or after.kind != "table" or after.table is m.table:
            continue
        word = d.q.words[after.lo].text
        if after.hi - after.lo != 1 or not word.endswith(("ed", "en")):
            continue
        d.mentions[d.mentions.index(m)] = Mention(m.lo, after.hi, [after.best])
        d.mentions.remove(after)
