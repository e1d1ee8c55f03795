"""Long category labels named by their leading words: "personal computers" of 'Personal
computers and peripheral equipment', "internet services" of 'Internet services and electronic
information providers', "cable and satellite TV" of 'Cable and satellite television and radio
service'. Analysts type the head of a long label, not all of it.

Two words or more that begin exactly one stored value (abbreviations written out: "TV" for
television) name it, below an exact match; a beginning two values share names neither, and a
beginning that is itself a stored value is that value. A beginning says at least two words of
its own: "the best" names no 'The Best Years of Our Lives' (the best actress, the best year).
"""

from __future__ import annotations

from typing import Any

from .lexicon import FUNCTION_WORDS, SHORT_FORMS

__all__ = ["leading_index", "leading_words", "spelled_out"]

#: the shortest beginning read, and the fewest words a label must have beyond it
_SHORTEST = 2


def _said(words: tuple[str, ...]) -> int:
    """How many of ``words`` are words of their own, not function words."""
    return sum(w not in FUNCTION_WORDS for w in words)


def spelled_out(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` with each one-word abbreviation written out ("tv" → "television")."""
    return tuple(
        SHORT_FORMS[w] if w in SHORT_FORMS and " " not in SHORT_FORMS[w] else w for w in words
    )


def leading_index(
    values: dict[tuple[str, ...], list[Any]],
) -> dict[tuple[str, ...], list[Any]]:
    """Each beginning of two or more words (not ending in a function word) of a stored label
    of three or more, mapped to the one label it begins; beginnings of several labels, and
    those that are labels themselves, left out."""
    found: dict[tuple[str, ...], dict[tuple[int, str, str], Any]] = {}
    for key, held in values.items():
        for n in range(_SHORTEST, len(key)):
            if key[n - 1] in FUNCTION_WORDS or _said(key[:n]) < _SHORTEST:
                continue
            for v in held:
                table, column, value = v
                found.setdefault(key[:n], {})[(id(table), column.name, str(value))] = v
    return {
        prefix: list(labels.values())
        for prefix, labels in found.items()
        if len(labels) == 1 and prefix not in values
    }


def leading_words(said: list[str], strings: set[str]) -> bool:
    """Whether the words ``said`` (lower case) begin one of ``strings`` (lower case), word for
    word, abbreviations written out: the honesty check's reading of the same."""
    if _said(tuple(said)) < _SHORTEST or said[-1] in FUNCTION_WORDS:
        return False
    from .lexicon import lemma

    typed = [lemma(w) for w in spelled_out(tuple(said))]
    for text in strings:
        words = [lemma(w) for w in text.split()]
        if len(words) > len(typed) and words[: len(typed)] == typed:
            return True
    return False
