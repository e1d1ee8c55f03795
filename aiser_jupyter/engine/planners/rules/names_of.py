""" "The names of all genres", "the titles of the books": the name word belongs to the table
named after "of" — its label column — not to the best-matching name column of another table
(``artist_name``)."""

from __future__ import annotations

from .draft import Draft
from .link import Candidate
from .row_label import label

__all__ = ["names_of"]

_NAME_WORDS = frozenset(["name", "names", "title", "titles", "label", "labels"])
_BETWEEN = frozenset(["of", "all", "the", "each", "every"])


def names_of(d: Draft) -> None:
    """Re-point a one-word name mention to the label of the table named right after "of"."""
    for m in d.mentions:
        if m.kind != "column" or m.hi - m.lo != 1 or d.q.words[m.lo].text not in _NAME_WORDS:
            continue
        i = m.hi
        if i >= len(d.q) or d.q.words[i].text != "of":
            continue
        while i < len(d.q) and d.q.words[i].text in _BETWEEN:
            i += 1
        owner = next((x for x in d.mentions if x.lo == i and x.kind == "table"), None)
        if owner is None or owner.table is m.table:
            continue
        own = label(owner.table)
        if own is None or not _text(own.semantic, own.type):
            continue
        m.cands.insert(0, Candidate("column", owner.table, own, None, m.best.score))


def _text(semantic: str, type_: str) -> bool:
    """A name: a text column, or a text key (``g_name``, the genre's own name)."""
    textual = any(t in type_.lower() for t in ("char", "text", "string"))
    return semantic in ("nominal", "geo") or (semantic == "key" and textual)
