"""A word typed for the stored value it sits inside: "iPhone tweets" of 'Twitter for iPhone',
"Android" of 'Twitter for Android', "the web client" of 'Twitter Web Client'.

Read only when exactly one stored value of one column holds the word as a whole word, that
value has several words (among the listed values of every text column), the word is not inflected ("companies" are the things counted, not 'Trading
companies'), it is typed as the value spells it with a capital ("iPhone", never "worth" of
'Fort Worth'), and the column's every value is known (its profile lists all of
them), so no unseen value could hold the word too; a word in two values ("oil" of 'Oil and
Gas Extraction' and 'Oil Refining') stays unread, and the account refuses it
(:mod:`..named_rows`). Words that ask or draw, and short words, are never read so."""

from __future__ import annotations

import re
from typing import Any

from ...catalog.model import Catalog, Column
from ..lexicon import lemma, tokenize
from ..words import GENERIC_HEADS, instruction_words
from .question import Word

__all__ = ["inner_values"]

#: nouns too vague to pick a value ("take [part]", "[total]")
_VAGUE = frozenset(
    ["part", "people", "person", "thing", "way", "time", "other", "all", "one", "day"]
)


def _complete(column: Column) -> bool:
    """Whether the column's samples are all its values."""
    return column.distinct is not None and 0 < column.distinct == len(column.samples)


def _index(catalog: Catalog) -> dict[str, dict[tuple[int, str], tuple[Any, Any, Any]]]:
    """Each word of a stored value of several words → the values that hold it."""
    index: dict[str, dict[tuple[int, str], tuple[Any, Any, Any]]] = {}
    for table in catalog.tables:
        for column in table.columns:
            if column.semantic not in ("nominal", "geo"):
                continue
            for value in column.samples:
                if not isinstance(value, str) or len(value) > 60:
                    continue
                words = tokenize(value)
                if len(words) < 2:
                    continue
                for word in set(words):
                    index.setdefault(word, {})[(id(column), value)] = (table, column, value)
    return index


def inner_values(w: Word, catalog: Catalog) -> list[tuple[Any, Any, Any]]:
    """The one stored value ``w`` sits inside (see the module), or none."""
    text = w.text
    if not text.isalpha() or len(text) < 3 or text in instruction_words():
        return []
    if lemma(text) != text or lemma(text) in instruction_words():
        return []  # "companies": the things counted, not 'Trading companies'
    if text in GENERIC_HEADS or text in _VAGUE:
        return []
    raw = w.raw or text
    if raw == raw.lower():
        return []  # "worth" of 'Fort Worth': a name is typed as a name
    held = catalog.derived("words inside complete values", _index).get(lemma(text), {})
    if len(held) != 1:
        return []
    found = next(iter(held.values()))
    if not _complete(found[1]):
        return []  # a column of more values than its profile lists may hold the word again
    return [found] if re.search(rf"\b{re.escape(raw)}\b", str(found[2])) else []
