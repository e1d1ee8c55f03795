"""Column names spelled by the words of a question: a short flag glued from a word and the
initials of the next ("trumpw": "Trump won"), or from initials alone ("ss": "swing states"),
the way a codebook names yes/no columns. Only whole words spell a name, each word once."""

from __future__ import annotations

from ..catalog.model import Catalog
from .acronyms import initials_at
from .families import head_initials
from .lexicon import FUNCTION_WORDS, lemma, split_name

__all__ = ["reordered_at", "spelled_at"]

#: the longest run of words a name is spelled from
_WORDS = 3


def spelled_at(name: str, words: list[str], start: int) -> int:
    """How many words from ``start`` spell ``name`` (lower-case, letters only) as a word and
    the initials of the words after it, or as the initials of two or more words; 0 if none.
    A word spelled whole is at least three letters; initials alone need two words. A name of
    pieces is spelled by the initials of three words or more for one of its clipped pieces
    ("rule of law" of ``pf_rol``, :func:`.acronyms.initials_at`)."""
    if start >= len(words):
        return 0
    if not name.isalpha():
        found = initials_at(words, start, set(split_name(name, expand=False)))[0]
        return found or head_initials(name, words, start)  # "economic freedom" of ef_score
    name = name.lower()
    first = words[start]
    for size in range(_WORDS, 1, -1):
        run = words[start : start + size]
        if len(run) < size or not all(w.isalpha() for w in run):
            continue
        initials = "".join(w[0] for w in run)
        if name == initials:
            return size
        if len(first) >= 3 and name == first + initials[1:]:
            return size
    return 0


def reordered_at(
    catalog: Catalog | None, table: str, column: str, words: list[str], start: int
) -> int:
    """2 when ``words[start:start + 2]`` name ``column`` of ``table`` by its two pieces in the
    other order, each word a piece or begun by a piece of 3+ letters: "accident year" of
    ``yearacc``, "occupant age" of ``ageOFocc``, "vehicle year" of ``yearVeh``; else 0."""
    found = catalog.table(table) if catalog is not None else None
    col = found.column(column) if found is not None else None
    if col is None or start + 2 > len(words):
        return 0
    pieces = [p for p in split_name(col.name, expand=False) if p not in FUNCTION_WORDS]
    run = [lemma(w) for w in words[start : start + 2]]
    if len(pieces) != 2 or pieces == run or not all(w.isalpha() for w in run):
        return 0
    fits = [_begins(run[0], pieces[1]), _begins(run[1], pieces[0])]
    return 2 if all(fits) and run != pieces[::-1] else 0


def _begins(word: str, piece: str) -> bool:
    """``word`` is ``piece`` or ``piece`` abbreviates it (its first 3+ letters)."""
    return word == piece or (len(piece) >= 3 and word.startswith(piece))
