"""Unused words that name some of the rows: a word inside stored values of several words
("oil" of 'Mining and Logging: Oil and Gas Extraction') and a noun built on a yes/no column's
name ("callbacks" of ``call``). A plan that does not keep those rows draws every row under the
user's words, so the word is a value or a condition left out, not a harmless extra noun."""

from __future__ import annotations

import re

from ..catalog.model import Catalog
from .facts import Facts
from .flag_nouns import names_a_flag
from .lexicon import lemma
from .words import GENERIC_HEADS, instruction_words, schema_words, value_index

__all__ = ["counted_value", "rows_named", "value_words"]

#: nouns too vague to name rows by themselves ("take [part]", "most [people]")
_VAGUE = frozenset(["part", "people", "person", "thing", "way", "time", "other", "all", "one"])


def value_words(catalog: Catalog) -> set[str]:
    """The words inside stored values of several words ("oil", "extraction" of 'Mining and
    Logging: Oil and Gas Extraction'), less the schema's own words and vague nouns."""
    return catalog.derived("words inside values", _build_value_words)


def _build_value_words(catalog: Catalog) -> set[str]:
    words: set[str] = set()
    names = schema_words(catalog) | GENERIC_HEADS | _VAGUE  # a schema word: a name
    for value in value_index(catalog):
        parts = re.findall(r"[a-z]+", value)
        if len(parts) < 2:
            continue
        for part in parts:
            if len(part) >= 3 and part not in instruction_words() and part not in names:
                words.add(part)
    return words


def rows_named(
    i: int, words: list[str], question: str, named: dict[int, str], catalog: Catalog | None
) -> str | None:
    """``"value"`` or ``"condition"`` when word ``i`` (unexplained) names rows, else None;
    ``named``: the positions of the words the plan explains."""
    word = words[i]
    if catalog is None:
        return None
    if (
        word in value_words(catalog)
        and _said(word, question)
        and not _ends_a_name(i, words, named, catalog)
    ):
        return "value"  # "in oil and [gas] extraction", drawn for every series
    if names_a_flag(word, catalog):
        return "condition"  # "[callbacks] by ethnicity" drawn as every resume
    if _member_of_value(word, catalog):
        return "value"  # "pie of [senators] by stance" drawn for the house and the senate
    return None


def _member_of_value(word: str, catalog: Catalog) -> bool:
    """``word`` names the members of a stored one-word value: its lemma and the value differ
    only in their endings ("senators" of 'senate', "drivers" of 'drive'): the rows of that
    value, which a plan over all rows does not keep."""
    base = lemma(word)
    if len(base) < 6 or not base.isalpha() or base in _VAGUE:
        return False
    for value in catalog.derived("one-word values", _one_word_values):
        if value == base or value[:5] != base[:5]:
            continue
        pairs = enumerate(zip(base, value, strict=False))
        shared = next((k for k, (a, b) in pairs if a != b), min(len(base), len(value)))
        if shared >= len(value) - 1 and shared >= len(base) - 3:
            return True
    return False


def _one_word_values(catalog: Catalog) -> frozenset[str]:
    return frozenset(v for v in value_index(catalog) if v.isalpha() and len(v) >= 5)


def _said(word: str, question: str) -> bool:
    """A singular word typed in the question (not one a short form stands for: "US")."""
    return (
        lemma(word) == word and re.search(rf"\b{re.escape(word)}\b", question.lower()) is not None
    )


def _ends_a_name(i: int, words: list[str], named: dict[int, str], catalog: Catalog) -> bool:
    """ "United States of [America]" where the plan reads 'United States': the word ends a
    stored name whose first words the plan explains — another spelling of what it keeps."""
    values = value_index(catalog)
    for k in (1, 2, 3):
        if i - k < 0 or named.get(i - k) not in ("name", "value"):
            continue
        phrase = " ".join(words[i - k : i + 1])
        if any(phrase in value for value in values):
            return True
    return False


def counted_value(i: int, words: list[str], facts: Facts) -> bool:
    """ "count of [iphone] posts" read as the posts counted while 'Posted via iPhone' is a
    stored value the plan does not keep: the word before the counted noun picks rows."""
    word = words[i]
    if facts.catalog is None or i + 1 >= len(words) or lemma(word) != word:
        return False
    if word not in value_words(facts.catalog) or any(word in s for s in facts.strings):
        return False
    return not instruction_words() & {word, words[i + 1]} and lemma(words[i + 1]) != words[i + 1]
