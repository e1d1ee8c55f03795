"""Values stored in another form than the question types them: inflected or longer
("herbivores" of ``herbi``), an activity's person ("swimmers" of ``Swim``), a compound
clipped ("basketball" of ``B_Ball``), spelled one letter apart ("diarrhoea" of ``Diarrhaea``), or
abbreviated beside another kept value ("drivers versus passengers" of ``driver``, ``pass``)."""

from __future__ import annotations

from .lexicon import lemma
from .near_spellings import letter_apart
from .stems import named_values, stems_like

__all__ = ["stored_form"]

_JOINS = frozenset(["and", "or", "versus", "vs", "against"])  #: "drivers versus passengers"


def stored_form(word: str, base: str, i: int, words: list[str], strings: set[str]) -> bool:
    """A longer or inflected form of a kept value ("herbivores" of herbi); or a word beginning
    with one ("passengers" of pass) set beside another kept value ("drivers versus
    passengers"): the value stored abbreviated."""
    if any(stems_like(word, s) or letter_apart(word, s) for s in strings):
        return True  # "diarrhoea" of Diarrhaea: one letter apart
    if named_values(word, strings):
        return True  # "swimmers" of Swim, "basketball" of B_Ball
    pairs = ("-".join(words[j : j + 2]) for j in (i - 1, i) if j >= 0 and j + 2 <= len(words))
    if any(named_values(pair, strings) for pair in pairs):
        return True  # "African-American" of afam (the account's words split at the hyphen)
    if len(base) < 5 or not any(len(s) >= 4 and s != base and base.startswith(s) for s in strings):
        return False
    for j, k in ((i - 2, i - 1), (i + 2, i + 1)):
        beside = 0 <= j < len(words) and words[k] in _JOINS
        if beside and (words[j] in strings or lemma(words[j]) in strings):
            return True
    return False
