"""Words between the names of two groupings that say whose or which the named thing is:
"by airbag availability and seatbelt use", "by gender and test result". Read by
:mod:`.groups` when it reads a second grouping after "and"."""

from __future__ import annotations

from ..lexicon import FUNCTION_WORDS
from ..words import GENERIC_HEADS, instruction_words
from .draft import Draft

__all__ = ["free_noun", "past_qualifier"]


def past_qualifier(d: Draft, i: int) -> int:
    """ "by airbag availability and seatbelt use": one free word naming nothing, between a
    grouping and the "and" of the next, says what of the column is meant — read past it."""
    if i + 1 >= len(d.q) or d.q.words[i + 1].text != "and" or not d.q.free(i):
        return i
    word = d.q.words[i]
    named = any(x.lo <= i < x.hi for x in d.mentions)
    plain = word.text.isalpha() and word.text not in FUNCTION_WORDS
    said = word.text not in instruction_words() or word.text in _NOUN_UNITS | GENERIC_HEADS
    return i + 1 if plain and not named and said else i


#: unit words that are also plain nouns after a name ("by college [degree] and sex")
_NOUN_UNITS = frozenset(["degree", "degrees"])


def free_noun(d: Draft, i: int) -> bool:
    """ "by gender and [test] result": one free word naming nothing, between the "and" of a
    second grouping and its name, says whose the named thing is — read past it."""
    if i + 1 >= len(d.q) or not d.q.free(i) or any(x.lo <= i < x.hi for x in d.mentions):
        return False
    word = d.q.words[i].text
    plain = word.isalpha() and word not in FUNCTION_WORDS and word not in instruction_words()
    return plain and _noun(word)


def _noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word)
