"""What an unexplained word of a question is (:func:`.honesty.account`): a word read as a name
whose name the plan does not read, and a word nothing explains, read beside the plan's names
and the words around it."""

from __future__ import annotations

import re

from .coordinated import level_of
from .count_names import counted
from .explain import names_elsewhere
from .facts import Facts
from .lexicon import SYNONYMS, lemma
from .other_side import spells_unread
from .units import stored_unit, unread_date
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
    if (said := _read_around(i, words, facts)) is not None:
        return said  # "as [two] lines", "value of the tax [exemption]", "the [vacancy] data"
    if level_of(i, words):
        return "name"  # "at each level of [schooling]": the groups asked for, unread
    if lemma(word) in LABEL_WORDS and names_elsewhere(i, words, facts):
        return "name"  # "carrier name" drawn from the code, not the carriers' names
    if "count" in facts.aggregates and counted(i, words) and is_counted_noun(word):
        return "name"  # "how many orders" drawn as a count of something else
    if _ranked_by(i, words) and "count" not in facts.aggregates and not _synonym(word, facts):
        return "measure"  # "the 5 cities with the most [sales]" ranked by the cheapest price
    if i and words[i - 1] == "single" and facts.aggregates - {"max", "min"}:
        return "condition"  # "artists represented by a single [work]": those with one
        # ("the most visits made by a single [person]": the extreme one row holds)
    return kind


def _ranked_by(i: int, words: list[str]) -> bool:
    """ "with the most [sales]", "that had the fewest [wins]": what the rows are ranked by, the
    word alone (not "the most [people] employed", whose next word may name the number)."""
    return (
        i >= 3
        and words[i - 1] in ("most", "fewest")
        and words[i - 2] == "the"
        and words[i - 3] in ("with", "had", "have", "has", "having")
        and (i + 1 == len(words) or words[i + 1] in _PHRASE_ENDS)
    )


def _synonym(word: str, facts: Facts) -> bool:
    """Whether ``word`` is a synonym of a measured name ("the most [people]" of ``pop``), a
    total of it: never of an extreme ("cheapest sale … with the most [sales]")."""
    if not facts.aggregates - {"min", "max"}:
        return False
    return any(
        word in SYNONYMS.get(name, ()) or lemma(word) in SYNONYMS.get(name, ())
        for name in facts.measure_names
    )


#: words after a ranked noun that end its phrase ("the most sales [in] 2008")
_PHRASE_ENDS = frozenset(
    ["in", "by", "per", "for", "of", "on", "at", "and", "or", "since", "during"]
)


#: the number words of a count of series asked for ("as two lines")
_COUNTS = frozenset(["two", "three", "four", "five", "2", "3", "4", "5"])


def series_left_out(i: int, words: list[str], facts: Facts) -> bool:
    """ "as [two] lines", "in 3 lines": several series asked for, drawn as one (the plan
    groups by one field at most, so no field splits the lines)."""
    return (
        words[i] in _COUNTS
        and words[i + 1 : i + 2] in (["lines"], ["series"], ["curves"])
        and len(facts.group_fields) < 2
    )


#: nouns that say only "the number of" what follows them
_GENERIC_NUMBERS = frozenset(["value", "amount"])


def value_of(i: int, words: list[str]) -> bool:
    """ "the real value of the personal tax [exemption]": a word of the phrase after a generic
    number noun and "of" says what the number is of — the thing measured."""
    for j in range(i - 1, max(0, i - 5), -1):
        if words[j] == "of":
            return words[j - 1] in _GENERIC_NUMBERS if j else False
        if words[j] in ("by", "per", "for", "in", "with", "and", "vs", "against"):
            return False
    return False


#: nouns that stand for a table of the source ("the vacancy [data]")
_DATA_NOUNS = frozenset(["data", "dataset", "table", "file"])


def names_data(i: int, words: list[str], facts: Facts) -> bool:
    """ "in the [vacancy] data" of a source of several tables: a word between "the" and a noun
    for a table names which table; unless the word is of the name of a table the plan reads
    or of one of its columns ("the regional [BoM] table" of ``bomregions2021``), it may name
    another."""
    if facts.catalog is None or len(facts.catalog.tables) < 2:
        return False  # "the banding data" of the one table there is
    glued = [re.sub(r"[^a-z0-9]", "", t) for t in facts.tables]
    read = (facts.catalog.table(t) for t in facts.tables)
    glued += [c.name.lower() for t in read if t is not None for c in t.columns]
    if any(words[i][:4] in name for name in glued):
        return False  # "the [vaccination] data" of kids.vaccinated: the table read
    for j in range(i + 1, min(len(words), i + 4)):
        if words[j] in _DATA_NOUNS:
            return "the" in words[max(0, i - 3) : i]
        if words[j] in ("of", "by", "per", "in", "for", "with"):
            return False
    return False


def _read_around(i: int, words: list[str], facts: Facts) -> str | None:
    """What an unexplained word is, read from the words around it: the count of series asked
    for ("as [two] lines": a condition), the thing a generic number is of (a measure), the
    name of a table ("the [vacancy] data"); None when none of these."""
    if series_left_out(i, words, facts):
        return "condition"
    if value_of(i, words):
        return "measure"
    return "name" if names_data(i, words, facts) else None
