"""A word of the question that only a clipped piece of a column's name spells: "income" of
``realrinc`` (real | r | inc), "prestige" of ``prestg10``, "work" of ``wrkstat``.

Real schemas shorten their names by truncating words (``inc``, ``educ``) or by dropping
their vowels (``wrk``, ``mgr``, ``prestg``; :func:`.lexicon.abbreviates`). A word no phrase
of the catalog names, said where such a piece stands, names that column — partly, so below
every exact or lexicon match (:data:`SCORE`). Only a word that so spells one column is
linked: "relapse" of the fourteen ``newrel_*`` columns names none of them, and is left to
the honesty check, never a silent pick.
"""

from __future__ import annotations

import re

from ..catalog.model import Catalog, Column, Table
from .lexicon import ABBREVIATIONS, abbreviates, known_word, split_name
from .words import AGGREGATE_WORDS, instruction_words

__all__ = ["SCORE", "clipped_names", "clipped_words", "known_pieces", "name_pieces"]

#: a column named by one clipped piece of its name: below a name's own word (0.75)
SCORE = 0.7


def name_pieces(name: str) -> tuple[str, ...]:
    """A name's pieces as written, a number glued after letters apart: ``prestg10`` →
    ``prestg``, ``10``; ``YearsWithCurrManager`` → ``year``, ``with``, ``curr``, ``manager``."""
    out: list[str] = []
    for piece in split_name(name, expand=False):
        out.extend(re.findall(r"[a-z]+|\d+", piece) or [piece])
    return tuple(out)


Owners = list[tuple[Table, Column]]


def _clipped(catalog: Catalog) -> dict[str, list[tuple[str, Owners]]]:
    """The clipped pieces of the catalog's column names (no English word, no abbreviation
    the lexicon expands, three letters or more), each with its columns — filed under the
    letters a word they clip may start with: their first, and their second (r|inc)."""
    pieces: dict[str, Owners] = {}
    for table in catalog.tables:
        for column in table.columns:
            for piece in dict.fromkeys(name_pieces(column.name)):
                clipped = len(piece) >= 3 and piece.isalpha() and piece not in ABBREVIATIONS
                if clipped and not known_word(piece):
                    pieces.setdefault(piece, []).append((table, column))
    out: dict[str, list[tuple[str, Owners]]] = {}
    for piece, owners in pieces.items():
        for letter in dict.fromkeys(piece[:2]):
            out.setdefault(letter, []).append((piece, owners))
    return out


def clipped_names(
    catalog: Catalog, tokens: list[str], taken: set[int], named: set[int]
) -> list[tuple[int, Table, Column]]:
    """``(index, table, column)`` for each free word of ``tokens`` (lemmas, "" for a word
    not free) that no link took and that a clipped piece of a column's name abbreviates;
    a word that asks ("average", "show") names no column so, nor a word right after one
    ``named`` links to a column (that name's head noun)."""
    pieces = catalog.derived("clipped name pieces", _clipped)
    if not pieces:
        return []
    out: list[tuple[int, Table, Column]] = []
    asks = instruction_words()
    for i, tok in enumerate(tokens):
        if i in taken or len(tok) < 4 or not tok.isalpha() or tok in AGGREGATE_WORDS or tok in asks:
            continue
        if i - 1 in named:
            continue  # "marital [status]": the head noun of the name just said, not wrkstat's
        found: dict[int, tuple[Table, Column]] = {}
        for piece, owners in pieces.get(tok[0], ()):
            if abbreviates(piece, tok):
                found.update((id(column), (table, column)) for table, column in owners)
        if len(found) == 1:  # a piece a family of columns shares names none of them
            out.extend((i, table, column) for table, column in found.values())
    return out


def known_pieces(catalog: Catalog) -> frozenset[str]:
    """The English words of four letters or more in column names of two words or more
    (``comb`` of comb_mpg): read as a clipped start only beside the rest of the name."""
    return frozenset(
        w
        for table in catalog.tables
        for column in table.columns
        if len(words := split_name(column.name, expand=False)) >= 2
        for w in words
        if len(w) >= 4 and w.isalpha() and known_word(w)
    )


def clipped_words(tokens: list[str], parts: set[str], known: frozenset[str]) -> list[str]:
    """``tokens`` with each word one of the names' clipped ``parts`` spells written as that
    part ("accident" → acc of yearacc; "work" → wrk, read only in a span of two words or
    more); a word two parts clip, or one that asks, stays as
    typed ("median income" asks a median, never of a name's "med")."""
    out = []
    for tok in tokens:
        asks = tok in AGGREGATE_WORDS or tok in instruction_words()
        found = set() if asks and tok not in ("rate", "rates") else parts  # rte: crmrte
        clips = {p for p in found if abbreviates(p, tok, close=True)}
        if not clips and tok not in AGGREGATE_WORDS:  # "combined mpg": comb of comb_mpg
            clips = {p for p in known if _word_start(p, tok)}
        out.append(clips.pop() if len(clips) == 1 else tok)
    return out


def _word_start(part: str, word: str) -> bool:
    """An English word of a name that starts a longer word by two letters or more ("comb"
    of "combined"), read as its clipped spelling only beside the rest of the name — never
    the word's own forms ("high" of "highest") nor a compound ("south" of "southwest")."""
    rest = word[len(part) :]
    own = rest in _ENDINGS or known_word(rest)
    return len(part) >= 4 and len(rest) >= 2 and word.startswith(part) and not own


#: endings that make another form of the same word ("highest", "northern", "counted")
_ENDINGS = frozenset(["er", "est", "ers", "ern", "erly", "ed", "es", "ing", "ings", "ly", "ness"])
