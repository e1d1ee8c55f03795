"""The account of a plan that reads a column of a suffix family (:mod:`.suffix_families`).

Whatever planner drew it, ``read1`` under "reading scores" is a guess among ``readk, read1,
read2, read3``: the member must be the one the question's words pin ("first grade",
"grade 1", "kindergarten"). Read over the words around each word that names the family's
stem (or over the whole question when none does):

- the words that pin the member drawn, and the stem's words, are used ("name");
- a word that pins another member ("[kindergarten] reading" drawn from ``read1``) is a name
  left out;
- a member no word pins is a choice left unmade (kind "member"), unless the family holds
  years and the member is the latest ("population" of ``pop2000, pop2010``).

And a column drawn beside siblings of its name after a one-letter prefix (``ethnicity`` and
``tethnicity1`` …) with an unused content word of that initial near its name ("the
[teacher]'s ethnicity") may mean the sibling: that word is a name left out.
"""

from __future__ import annotations

import re

from .facts import Facts
from .lexicon import FUNCTION_WORDS, lemma
from .suffix_families import (
    PHRASE_BREAKS,
    Family,
    family_of,
    letter_pin,
    members_text,
    pins_among,
    prefixed_siblings,
)

__all__ = ["family_reading"]

#: how a word a pin may be was explained: as a name or a word of the question's form
_PINNABLE = frozenset(["name", "instruction", "measure name", "synonym"])


def family_reading(
    words: list[str],
    kinds: dict[int, str],
    named: dict[int, str],
    facts: Facts,
    used: dict[str, str],
) -> list[tuple[str, str]]:
    """``(text, kind)`` of what the plan's family members leave out (see module); the words
    they explain are taken out of ``kinds`` (the unexplained words) into ``used``."""
    catalog = facts.catalog
    if catalog is None:
        return []
    drawn: dict[int, tuple[Family, set[str]]] = {}
    out: list[tuple[str, str]] = []
    for table_name, column_name in sorted(facts.columns):
        table = catalog.table(table_name)
        column = table.column(column_name) if table is not None else None
        if table is None or column is None:
            continue
        family = family_of(catalog, table, column)
        if family is not None:
            drawn.setdefault(id(family), (family, set()))[1].add(family.suffix(column))
        for letter in prefixed_siblings(table, column):
            near = _window(words, _anchors(words, column.name.lower()), set())
            for i in near:
                if kinds.get(i) in ("content", "word") and letter_pin(words[i], letter):
                    out.append((words[i], "name"))  # "the [teacher]'s ethnicity"
                    kinds.pop(i)
    anchors = {k: _anchors(words, f.stem) for k, (f, _) in drawn.items()}
    every = {i for a in anchors.values() for i in a}
    for key, (family, suffixes) in drawn.items():
        windows = [_window(words, [a], every - {a}) for a in anchors[key]]
        windows = windows or [list(range(len(words)))]  # no word names the stem: all words
        out += _pinned(words, kinds, named, (family, suffixes), windows, used)
        for i in anchors[key]:
            if kinds.pop(i, None) is not None:
                used[words[i]] = "name"  # "reading" of readk
    return out


def _pinned(
    words: list[str],
    kinds: dict[int, str],
    named: dict[int, str],
    drawn: tuple[Family, set[str]],
    windows: list[list[int]],
    used: dict[str, str],
) -> list[tuple[str, str]]:
    """What the pins of each window of words around the family's name leave out."""
    family, suffixes = drawn
    out: list[tuple[str, str]] = []
    said: set[str] = set()
    for near in windows:
        pins, by_number = _window_pins(words, kinds, named, family, near)
        said |= {s for s, _ in pins}
        for suffix, i in pins:
            kinds.pop(i, None)
            if suffix not in suffixes:
                out.append((words[i], "name"))  # "[kindergarten] reading" drawn from read1
                continue
            used[words[i]] = "the column's suffix"
            noun = i - 1 if words[i].isdigit() else i + 1  # "[grade] 1", "first [grade]"
            if by_number and kinds.get(noun) == "content":
                kinds.pop(noun)
                used[words[noun]] = "the column's suffix"
    for suffix in sorted(suffixes - said):
        if not (family.years and suffix == family.latest() and not said):
            out.append((members_text(family), "member"))
            break
    return out


def _window_pins(
    words: list[str], kinds: dict[int, str], named: dict[int, str], family: Family, near: list[int]
) -> tuple[list[tuple[str, int]], bool]:
    """The pins among ``near``: numbers first, else initials of unexplained content words."""
    open_ = [i for i in near if i in kinds or named.get(i) in _PINNABLE]
    return pins_among(words, open_, family, lambda i: kinds.get(i) in ("content", "word"))


def _anchors(words: list[str], stem: str) -> list[int]:
    """Positions of the words that name ``stem`` ("reading" of read, "mortality" of
    infant_mortality_)."""
    parts = {p for p in re.findall(r"[a-z]+", stem.lower()) if len(p) >= 3}
    parts -= FUNCTION_WORDS
    return [
        i
        for i, w in enumerate(words)
        if w in parts or lemma(w) in parts or any(len(p) >= 4 and w.startswith(p) for p in parts)
    ]


def _window(words: list[str], anchors: list[int], others: set[int]) -> list[int]:
    """The anchors and the words beside them up to a word that starts another part."""
    out: set[int] = set(anchors)
    for a in anchors:
        for step in (-1, 1):
            i = a + step
            while 0 <= i < len(words) and i not in others and words[i] not in PHRASE_BREAKS:
                out.add(i)
                i += step
    return sorted(out)
