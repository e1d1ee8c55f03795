"""Words linked as they are typed: a hyphenated compound read as its parts ("drive-thru" →
``drive_thru_ind``, "Sub-Saharan Africa" → the value 'Sub-Saharan Africa'), and quoted
phrases, found as values in any text column."""

from __future__ import annotations

from typing import Any

from ...catalog.model import Catalog, Column, Table
from ..lexicon import tokenize
from ..linker import Link, Linker
from .question import Question

__all__ = ["literal_values", "with_hyphens"]


def with_hyphens(q: Question, lk: Linker, tokens: list[str], links: list[Link]) -> list[Link]:
    """``links`` with the links over free hyphenated words read as their parts, when the
    parts name something whole words of the question span; a link of the whole compound
    replaces the shorter links inside it ("africa" inside "Sub-Saharan Africa")."""
    covered = {i for x in links for i in range(x.start, x.end)}
    parts: list[str] = []
    owner: list[int] = []
    split: set[int] = set()
    for w, token in zip(q.words, tokens, strict=True):
        pieces = tokenize(w.text) if token and "-" in w.text and w.i not in covered else []
        if len(pieces) > 1 and w.number is None:
            split.add(w.i)
        else:
            pieces = [token]
        parts += pieces
        owner += [w.i] * len(pieces)
    if not split:
        return links
    found: list[Link] = []
    for x in lk.link(parts, fuzzy=False):
        lo, hi = owner[x.start], owner[x.end - 1] + 1
        whole = (x.start == 0 or owner[x.start - 1] != lo) and (
            x.end == len(parts) or owner[x.end] != hi - 1
        )
        if whole and split & set(range(lo, hi)):
            found.append(Link(lo, hi, x.kind, x.table, x.column, x.value, x.score, x.words))
    if not found:
        return links
    spans = [(x.start, x.end) for x in found]
    kept = [
        x
        for x in links
        if not any(
            lo <= x.start and x.end <= hi and (x.start, x.end) != (lo, hi) for lo, hi in spans
        )
    ]
    return sorted(kept + found, key=lambda x: (x.start, -x.score))


def literal_values(catalog: Catalog, text: str) -> list[tuple[Table, Column, Any]]:
    """The stored values that ``text`` spells exactly, one per text column holding it."""
    wanted = text.strip().lower()
    out = []
    for table in catalog.tables:
        for column in table.columns:
            for v in column.samples:
                if isinstance(v, str) and v.strip().lower() == wanted:
                    out.append((table, column, v))
                    break
    return out
