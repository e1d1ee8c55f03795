"""Words linked as they are typed: a hyphenated compound read as its parts ("drive-thru" →
``drive_thru_ind``, "Sub-Saharan Africa" → the value 'Sub-Saharan Africa'), and quoted
phrases, found as values in any text column."""

from __future__ import annotations

import re
from typing import Any

from ...catalog.model import Catalog, Column, Table
from ..lexicon import tokenize
from ..linker import Link, Linker
from .mentions import Candidate
from .question import Question

__all__ = ["literal_values", "typed_values", "with_hyphens"]


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


def typed_values(
    q: Question,
    catalog: Catalog,
    lk_: Linker,
    spans: dict[tuple[int, int], list[Candidate]],
    taken: set[int],
) -> None:
    """Values typed as stored ("Manufacturer#1", "1-URGENT") and quoted phrases: those values,
    not near spellings of a column's name."""
    for w in q.words:
        own = spans.get((w.i, w.i + 1), [])
        inside = w.i in taken and not own  # a word of a longer phrase keeps that phrase
        if inside or not q.free(w.i) or w.quoted or not re.search(r"[#\d]", w.raw):
            continue
        key = tuple(re.findall(r"[a-z0-9]+(?:'[a-z]+)?", w.raw.lower()))
        found = [Candidate("value", t, c, v, 1.0) for t, c, v in lk_.values.get(key, [])]
        if found:
            spans[(w.i, w.i + 1)] = found + [c for c in own if c.kind == "value"]
    for w in q.words:  # quoted phrases are values, found in any text column
        if w.quoted and q.free(w.i):
            found = [Candidate("value", t, c, v, 1.2) for t, c, v in literal_values(catalog, w.raw)]
            if found:
                spans[(w.i, w.i + 1)] = found
