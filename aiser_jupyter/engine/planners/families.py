"""A family of columns named by the initials of what they measure, and its head number.

An index published with its components names them by the index's initials: ``ef_score``,
``ef_rank``, ``ef_government``, ``ef_trade`` for the economic freedom index. An analyst
says "economic freedom" for the index itself — the family's one score (or index) column.
Two letters are ambiguous in general, so the two words are read as that column only with
the evidence that makes them safe: three columns or more of a table share the prefix (a
family, no chance pair of letters), exactly one of them is the prefix and a word for the
index's own number ("score", "index"), the words are content words, neither a kind of
number nor a word that asks or draws, and no name of the schema has either word.
"""

from __future__ import annotations

from ..catalog.model import Catalog, Column, Table
from .lexicon import FUNCTION_WORDS, known_word, split_name
from .words import instruction_words

__all__ = ["family_heads", "family_initials", "head_initials", "sibling_after"]

#: the column that holds an index's own number, beside its components
_HEADS = frozenset(["score", "index"])
#: the fewest columns sharing a prefix that make a family
_FAMILY = 3
#: words that name a kind of number, never a letter of an index's initials
_KINDS = frozenset(["score", "index", "rank", "rate", "share", "total", "number", "average"])


def family_heads(catalog: Catalog) -> dict[str, list[tuple[Table, Column]]]:
    """Two-letter prefixes (no English word) shared by a family of a table's columns, each
    with the family's one head column (``ef`` → ``ef_score``)."""
    out: dict[str, list[tuple[Table, Column]]] = {}
    for table in catalog.tables:
        members: dict[str, int] = {}
        heads: dict[str, list[Column]] = {}
        for column in table.columns:
            pieces = split_name(column.name, expand=False)
            if len(pieces) < 2 or len(pieces[0]) != 2 or not pieces[0].isalpha():
                continue
            members[pieces[0]] = members.get(pieces[0], 0) + 1
            if len(pieces) == 2 and pieces[1] in _HEADS:
                heads.setdefault(pieces[0], []).append(column)
        for prefix, count in members.items():
            found = heads.get(prefix, [])
            if count >= _FAMILY and len(found) == 1 and not known_word(prefix):
                out.setdefault(prefix, []).append((table, found[0]))
    return out


def family_initials(words: list[str], start: int) -> str:
    """The initials of the two words from ``start`` when they may name an index by them
    ("economic freedom" → ``ef``); "" when either is a function word, a kind of number or a
    word that asks or draws."""
    run = words[start : start + 2]
    if len(run) < 2 or not all(w.isalpha() and len(w) >= 3 for w in run):
        return ""
    if set(run) & (FUNCTION_WORDS | _KINDS) or set(run) & instruction_words():
        return ""
    return run[0][0] + run[1][0]


def head_initials(name: str, words: list[str], start: int) -> int:
    """2 when the words from ``start`` name the head column ``name`` (``ef_score``) of an
    index by its initials ("economic freedom"); else 0."""
    pieces = split_name(name, expand=False)
    if len(pieces) != 2 or pieces[1] not in _HEADS or known_word(pieces[0]):
        return 0
    return 2 if family_initials(words, start) == pieces[0] else 0


def sibling_after(table: Table, prefix: str, word: str) -> bool:
    """Whether ``word``, said after an index's initials, names another column of its family
    ("human freedom [rank]" of ``hf_rank``, not the head ``hf_score``)."""
    if not word.isalpha():
        return False
    for column in table.columns:
        pieces = split_name(column.name, expand=False)
        if len(pieces) < 2 or pieces[0] != prefix or pieces[1] in _HEADS:
            continue
        rest = pieces[1]
        if word == rest or (len(rest) >= 3 and word.startswith(rest)) or rest.startswith(word):
            return True
    return False
