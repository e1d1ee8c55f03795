"""Words that are surely a coded value: "red-tailed hawks" of a species stored as ``RT``,
"Cooper's hawks" of ``CH``, "adults and immatures" of an age stored as ``A``/``I``, "the West
division" of ``W``.

:mod:`.coded_words` names a code a word only begins like ("[cu]rveball") and refuses it:
a word's first letters alone say little. Two readings say enough to keep the rows:

- **initials**: the words of a hyphenated compound or of "Cooper's hawk", one initial each,
  spell a code of two or three letters exactly, of one column of the schema;
- **one letter, said with its column or its sibling**: a word begins with a one-letter code
  and the next word names that column alone ("West division", "National League"), or a word
  coordinated with it ("adults and immatures", "East vs West") begins with another code of
  the same column — the words then name the column's codes, not two unrelated things.

Read by schema linking (:func:`code_mentions`, a value like any other) and explained by the
account (:func:`code_explains`) with the same rules, so what one reads the other accepts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .coded_words import code_columns, plain_word
from .lexicon import FUNCTION_WORDS, lemma, split_name

if TYPE_CHECKING:
    from ..catalog.model import Catalog, Column, Table
    from .facts import Facts
    from .rules.question import Question

__all__ = ["code_explains", "code_mentions", "initials_code", "letter_code"]

#: words that join two siblings ("adults and immatures", "East vs West")
_JOINS = frozenset(["and", "or", "vs", "versus", "v", "to", "&"])
#: letters a word has past its one-letter code: "[e]ast", never "[a]"
_PAST = 2

Code = tuple["Table", "Column", str]


def _columns(catalog: Catalog) -> list[tuple[Table, Column, tuple[str, ...]]]:
    return catalog.derived("code columns", code_columns)


def initials_code(parts: list[str], catalog: Catalog) -> Code | None:
    """The one code of one column the initials of ``parts`` spell ("red", "tailed" → ``RT``),
    two or three content words; else None."""
    if not 2 <= len(parts) <= 3 or any(not p.isalpha() or p in FUNCTION_WORDS for p in parts):
        return None
    said = "".join(p[0] for p in parts).upper()
    hits = [(t, c, said) for t, c, codes in _columns(catalog) if said in codes]
    return hits[0] if len(hits) == 1 else None


def _letters(catalog: Catalog) -> dict[str, list[tuple[Table, Column, tuple[str, ...]]]]:
    """The code columns by each one-letter code they hold (``"E"`` → Division of E, W)."""
    out: dict[str, list[tuple[Table, Column, tuple[str, ...]]]] = {}
    for entry in _columns(catalog):
        for code in entry[2]:
            if len(code) == 1:
                out.setdefault(code, []).append(entry)
    return out


def _begins(word: str, codes: tuple[str, ...]) -> str | None:
    if len(word) < 1 + _PAST or not word.isalpha() or plain_word(word):
        return None
    code = word[0].upper()
    return code if code in codes else None


def _names(word: str, column: Column) -> bool:
    """Whether ``word`` names ``column`` alone ("divisions" of ``Division``)."""
    return split_name(column.name, expand=False) == [lemma(word)]


def letter_code(i: int, words: list[str], catalog: Catalog) -> Code | None:
    """The one-letter code ``words[i]`` begins with, said before its column's name or beside
    a coordinated word that begins with another of its codes (see the module); else None."""
    hits: list[Code] = []
    if len(words[i]) < 1 + _PAST or not words[i].isalpha():
        return None
    letters = catalog.derived("one-letter codes", _letters).get(words[i][0].upper(), [])
    for table, column, codes in letters:
        code = _begins(words[i], codes)
        if code is None:
            continue
        named = i + 1 < len(words) and _names(words[i + 1], column)
        if not named and i + 3 < len(words) and words[i + 1] in _JOINS:
            named = _names(words[i + 3], column) and _begins(words[i + 2], codes) is not None
        sibling = any(
            0 <= j < len(words)
            and words[(i + j) // 2] in _JOINS
            and (other := _begins(words[j], codes)) is not None
            and other != code
            for j in (i - 2, i + 2)
        )
        if named or sibling:
            hits.append((table, column, code))
    return hits[0] if len(hits) == 1 else None


def code_mentions(q: Question, catalog: Catalog, taken: set[int]) -> list[tuple[int, int, Code]]:
    """``(lo, hi, code)`` for the free words of ``q`` that surely name a code (the module):
    a hyphenated word ("red-tailed"), a possessive and its noun ("Cooper's hawks"), a word."""
    texts = [w.text for w in q.words]
    found: list[tuple[int, int, Code]] = []
    for w in q.words:
        if w.i in taken or not q.free(w.i) or w.quoted:
            continue
        if "-" in w.text and (code := initials_code(w.text.split("-"), catalog)):
            found.append((w.i, w.i + 1, code))
        elif w.possessive and w.i + 1 < len(q.words) and q.free(w.i + 1):
            if code := initials_code([w.text, q.words[w.i + 1].text], catalog):
                found.append((w.i, w.i + 2, code))
        elif code := letter_code(w.i, texts, catalog):
            found.append((w.i, w.i + 1, code))
    return found


def code_explains(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` is a word of a code the plan keeps, read by the rules above: the
    initials of it and its neighbour (the account's words split "red-tailed" and drop the
    "'s" of "Cooper's"), or a one-letter code said with its column or its sibling."""
    if facts.catalog is None:
        return False
    found: list[Code] = []
    for lo in (i - 1, i):
        if lo >= 0 and lo + 2 <= len(words):
            found += [c for c in [initials_code(words[lo : lo + 2], facts.catalog)] if c]
    found += [c for c in [letter_code(i, words, facts.catalog)] if c]
    return any(
        (table.name.lower(), column.name.lower()) in facts.columns and code.lower() in facts.strings
        for table, column, code in found
    )
