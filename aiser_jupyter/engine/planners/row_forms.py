"""Nouns that name rows by another form of a stored category: "banks" of the category
'Banking', "insurers" of 'Insurance', "retailers" of 'Retailing', "withdrawals" of an
outcome 'withdraw'.

Analysts name the rows of a category by the people or firms in it, while the data names the
trade. Both forms are built on one stem with the suffixes English derives such words with
(bank|ing, insur|er, insur|ance). A question word that shares such a stem with a stored value
picks rows; a plan that leaves it out draws over all rows — another question.
"""

from __future__ import annotations

from collections.abc import Collection

from .lexicon import lemma

__all__ = ["shares_a_stem"]

#: suffixes that derive a trade, a doer, a field or an act from one stem ("-ing", "-er",
#: "-ance", "-al")
_SUFFIXES = (
    "ances",
    "ences",
    "ance",
    "ence",
    "ings",
    "ing",
    "ers",
    "ors",
    "ists",
    "ist",
    "ism",
    "ery",
    "er",
    "or",
    "ry",
    "als",
    "al",
)
#: the shortest stem two forms must share ("bank"); shorter stems are other words' too
_STEM = 4


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _STEM:
            return word[: -len(suffix)]
    return word


def shares_a_stem(word: str, values: Collection[str]) -> str | None:
    """The stored one-word value (lower case) that ``word`` names by another form of its
    stem, if any: "banks" → banking, "insurers" → insurance; None for the same form."""
    base = lemma(word)
    if not base.isalpha() or len(base) < _STEM:
        return None
    stem = _stem(base)
    for value in values:
        if not value.isalpha() or value in (word, base) or len(value) < _STEM + 2:
            continue
        if _stem(value) == stem and (value.startswith(base) or stem != base):
            return value
    return None
