"""Words that name a coded value: "curveball" of a pitch type stored as ``CU``, "righties" of
a batter's hand stored as ``R``.

Tables store categories as short codes (pitch types ``FF``, ``CU``, ``CH``, ``SL``; a hand
``L``/``R``), while analysts type the word the code abbreviates. A code of one to three
letters is that word's own start ("[cu]rveball", "[ch]angeups", "[r]ighties"). So a content
word no part of the plan explains, whose first letters are a code of a column of short codes
in a table the plan reads, picks rows: left out, the chart counts every pitch for "with his
curveball" — another question. The check only reads the catalog's profile (a column whose
every value was seen, all of them short upper-case codes); it never guesses the filter, it
names the column and its codes so the user can say which.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import FUNCTION_WORDS, lemma
from .words import GENERIC_HEADS, ROW_NOUNS, instruction_words

if TYPE_CHECKING:
    from ..catalog.model import Catalog, Column, Table
    from .facts import Facts

__all__ = ["code_columns", "code_hints", "coded_value", "plain_word"]

#: the longest code read as a word's initial letters ("CU"; "CAL" at most)
_LONGEST = 3
#: the most codes a column of categories holds (a handful of kinds, not a list of names)
_MOST = 12
#: letters a word has past its code: "ki" + "ck", never "ca" + "t"
_PAST = 2


def _codes(column: Column) -> tuple[str, ...]:
    """The codes ``column`` holds: every value seen in the profile, two to :data:`_MOST`,
    each one to :data:`_LONGEST` upper-case letters; else ()."""
    if column.semantic != "nominal":
        return ()
    values = [v for v in column.samples if v is not None]
    if not 2 <= len(values) <= _MOST or (column.distinct or 0) > len(values):
        return ()  # some code unseen: its word could be any
    if not all(
        isinstance(v, str) and v.isalpha() and v.isupper() and len(v) <= _LONGEST for v in values
    ):
        return ()
    if {"Y", "N"} <= set(values) or {"YES", "NO"} <= set(values) or {"T", "F"} == set(values):
        return ()  # a flag: "[n]ew" is no "no"
    letters = sorted(values)
    if "".join(letters) == "ABCDEFGHIJKL"[: len(letters)]:
        return ()  # grades A, B, C …: ranks, not the initials of words
    return tuple(values)


def code_columns(catalog: Catalog) -> list[tuple[Table, Column, tuple[str, ...]]]:
    return [
        (table, column, codes)
        for table in catalog.tables
        for column in table.columns
        if (codes := _codes(column))
    ]


def _begun(word: str, codes: tuple[str, ...]) -> list[str]:
    """The codes that are ``word``'s (or its lemma's) own first letters, longest first."""
    base = lemma(word)
    if not base.isalpha():
        return []
    return sorted(
        (c for c in codes if base.startswith(c.lower()) and len(base) >= len(c) + _PAST),
        key=len,
        reverse=True,
    )


def plain_word(word: str) -> bool:
    """A word of the instruction or a word for rows, types and numbers: never a code's."""
    base = lemma(word)
    return bool({word, base} & (instruction_words() | FUNCTION_WORDS | GENERIC_HEADS | ROW_NOUNS))


def _paired(i: int, words: list[str], codes: tuple[str, ...], explained: dict[int, str]) -> bool:
    """Whether another unexplained word of the question begins like another one-letter code
    of the same column ("[r]ighties and [l]efties"): one letter alone begins too many words
    ("[r]elease speed"), two of one column's letters said together name its codes."""
    mine = set(_begun(words[i], codes))
    return any(
        j != i and j not in explained and not plain_word(w) and set(_begun(w, codes)) - mine
        for j, w in enumerate(words)
    )


def coded_value(i: int, words: list[str], facts: Facts, explained: dict[int, str]) -> str | None:
    """``"Column = 'CODE'"`` when ``words[i]`` begins like a code of a column of short codes
    in a table the plan reads, which the plan neither groups by nor keeps to that code; else
    None (a word the plan explains, or no code's). A one-letter code counts only beside a word
    that begins like another of its column's codes (``explained``: the words explained)."""
    word = words[i]
    if facts.catalog is None or plain_word(word):
        return None
    for table, column, codes in facts.catalog.derived("code columns", code_columns):
        if table.name.lower() not in facts.tables:
            continue
        begun = _begun(word, codes)
        if not begun or (
            len(begun[0]) == 1
            and not _paired(i, words, codes, explained)
            and explained.get(i + 1) != "value"  # "[immature] red-tails": which of them
        ):
            continue
        kept = {c for c in codes if c.lower() in facts.strings}
        read = (table.name.lower(), column.name.lower()) in facts.columns
        if read and (not kept or begun[0] in kept):
            continue  # grouped by the codes, or kept to this one: the word is the plan's
        return f"{column.name} = '{begun[0]}'"
    return None


def code_hints(blocking: list[tuple[str, str]], catalog: Catalog) -> list[str]:
    """ "PitchType = 'CU' (of CH, CU, FF, SL)": for each value left out (``blocking``: text and
    kind), the code it begins like and the column's codes, so the user can say which rows;
    a one-letter code only beside another value left out that begins like another of them."""
    texts = [t for t, kind in blocking if kind in ("value", "condition") and not plain_word(t)]
    hints: list[str] = []
    for text in texts:
        for _, column, codes in catalog.derived("code columns", code_columns):
            begun = _begun(text, codes)
            others = {c for t in texts if t != text for c in _begun(t, codes)} - set(begun)
            if begun and (len(begun[0]) > 1 or others):
                hint = f"{column.name} = '{begun[0]}' (of {', '.join(sorted(codes))})"
                hints += [hint] if hint not in hints else []
    return hints
