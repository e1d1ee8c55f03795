"""What an unexplained word of a question is (:func:`.honesty.account`): a word read as a name
whose name the plan does not read, and a word nothing explains, read beside the plan's names
and the words around it."""

from __future__ import annotations

from .coordinated import level_of
from .count_names import counted
from .explain import names_elsewhere
from .facts import Facts
from .lexicon import lemma
from .other_side import spells_unread
from .units import said_apart, stored_unit, unread_date
from .words import LABEL_WORDS, is_counted_noun

__all__ = ["read_elsewhere", "unexplained_kind"]


def read_elsewhere(
    i: int,
    words: list[str],
    facts: Facts,
    values: dict[str, set[str]],
    read: tuple[str | None, str],
) -> tuple[str | None, str]:
    """``(why, kind)`` of word ``i``, unexplained when what explained it names something the
    plan does not read."""
    why, kind = read
    if why == "name" and spells_unread(i, words, facts):
        return None, "name"  # "[check time] (y)" of check_time, unread: not check_times
    if why == "instruction" and stored_unit(i, words, values):
        return None, kind  # "[degree] holders" of a qualification 'Degree': a value left out
    if why == "time unit" and unread_date(words[i], facts):
        return None, "name"  # "per year of the match [date]" drawn from a season
    return why, kind


def unexplained_kind(i: int, kind: str, words: list[str], facts: Facts, listed: set[str]) -> str:
    """What a word no part of the plan explains is, read beside the plan's names; a word of a
    list of things ("of dplyr, [tidyr] and shiny") is a value none of which the plan keeps."""
    word = words[i]
    if kind not in ("word", "content"):
        return kind
    if kind == "content" and word in listed:
        return "value"
    if (said := said_apart(i, words, facts)) is not None:
        return said  # "as [two] lines", "value of the tax [exemption]", "the [vacancy] data"
    if level_of(i, words):
        return "name"  # "at each level of [schooling]": the groups asked for, unread
    if lemma(word) in LABEL_WORDS and names_elsewhere(i, words, facts):
        return "name"  # "carrier name" drawn from the code, not the carriers' names
    if "count" in facts.aggregates and counted(i, words) and is_counted_noun(word):
        return "name"  # "how many orders" drawn as a count of something else
    return kind
