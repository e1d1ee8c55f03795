"""Unexplained words beside a measure's words: "average [receiving] delay" names the measure."""

from __future__ import annotations

from .lexicon import lemma
from .words import ROW_NOUNS, instruction_words, is_content

__all__ = ["between_aggregate_and_measure", "next_to_measure"]


def between_aggregate_and_measure(i: int, words: list[str], used: dict[str, str]) -> bool:
    """ "average [receiving] delay": a word between an aggregate and the measure's name; a
    noun for the rows ("total [observation] weight", "average [item] price") names none."""
    return (
        0 < i < len(words) - 1
        and words[i] not in instruction_words()
        and lemma(words[i]) not in ROW_NOUNS
        and used.get(words[i - 1]) == "aggregate"
        and used.get(words[i + 1]) == "measure name"
    )


def next_to_measure(i: int, words: list[str], used: dict[str, str]) -> bool:
    """An unexplained content word right beside an aggregate or a measure's name."""
    if not is_content(words[i]):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(words) and used.get(words[j]) in ("aggregate", "measure name"):
            return True
    return False
