"""A misspelt word after "each"/"every" is the grouping the question asks for: "the number of
each [allergie] the girl named Lisa has" drawn per last name answers another question. It
is refused unless it starts like a name the plan groups by ("each [headquarterin]" of
Headquarters), or a name of the plan follows it ("each allergiy type")."""

from __future__ import annotations

from collections.abc import Collection

from .words import instruction_words, is_content

__all__ = ["misspelt_group"]

_NAMES = ("name", "synonym", "measure name", "value")


def misspelt_group(
    i: int, words: list[str], why_at: dict[int, str], grouped: Collection[str]
) -> bool:
    """Whether ``words[i]``, a word no dictionary knows, is the thing after "each"/"every"
    that no field the plan groups by (``grouped``: their words) starts like."""
    word = words[i]
    if i == 0 or words[i - 1] not in ("each", "every") or not is_content(word):
        return False
    if word in instruction_words() or len(word) < 4:
        return False
    from lemminflect import getAllLemmas

    if getAllLemmas(word):
        return False  # a known word: restricts.grouped_by reads it
    if why_at.get(i + 1) in _NAMES:
        return False  # "each allergiy type": a name of the plan says the grouping
    return not any(g[:4] == word[:4] for g in grouped)
