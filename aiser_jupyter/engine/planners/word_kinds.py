"""What a word of a question is, read before the plan explains it: a value, a number, a
date, a measure, a name, an instruction word, or content — what it would have changed,
left out (:func:`word_kind`, for the honesty account)."""

from __future__ import annotations

from .adjectives import adjective_nouns
from .explain import is_month
from .kept_words import compared_share
from .lexicon import ABBREVIATIONS, PLAIN_WORDS, lemma
from .stems import named_values, stem_matches, verb_roots
from .superlative import is_superlative
from .words import (
    AGGREGATE_WORDS,
    CALENDAR_WORDS,
    MONTHS,
    ORDINAL,
    QUARTER,
    SUPERLATIVES,
    WEEKDAYS,
    WEEKEND,
    instruction_words,
    is_content,
)

__all__ = ["word_kind"]


def word_kind(
    word: str,
    i: int,
    words: list[str],
    values: dict[str, set[str]],
    measure_sets: tuple[set[str], set[str]],
    names: set[str],
) -> str:
    """What ``word`` would have changed, left out; ``measure_sets``: the schema's measure
    words and the plan's names (a measure word the plan uses is no measure left out)."""
    every, used = measure_sets
    measures = every - used
    base = lemma(word)
    if word[0] in "'\"":
        return "value"
    if word.replace(".", "", 1).isdigit() or ORDINAL.fullmatch(word) or compared_share(i, words):
        return "number"  # "more than [half] of births": a share the plan must compare
    if (word in MONTHS and is_month(word, i, words)) or word.rstrip("s") in WEEKDAYS:
        return "date"
    if word in WEEKEND or {base, word} & set(CALENDAR_WORDS) or QUARTER.fullmatch(word):
        return "date"  # "on [weekends]", "by [month]", "[q3]"
    if word in AGGREGATE_WORDS or word in SUPERLATIVES or is_superlative(word):
        return "measure"  # "[longest] tenure" drawn as its sum: another aggregate
    spelled_out = ABBREVIATIONS.get(word, "") if word not in PLAIN_WORDS else ""
    if {base, word, spelled_out, *adjective_nouns(word)} & measures:
        return "measure"  # "heaviest" where a weight column exists, but the plan does not use it
    if word in values or base in values or stem_matches(word, values) or named_values(word, values):
        return "value"  # "herbivores" where a column holds herbi: a condition left out
    if base in instruction_words() or word in instruction_words():
        return "word"
    if base in names or word in names:
        return "name"
    if len(base) >= 6 and any(m.startswith(base) and m != base for m in measures):
        return "measure"  # "births [attended] by ..." of delivery_care_attendant, not used
    if set(adjective_nouns(word)) & every and is_content(word):
        return "measure"  # "most populous" where the plan ranks another number (adults)
    if word.endswith("ed") and set(verb_roots(word)) & measures:
        return "condition"  # "[discounted] lines" beside a discount the plan does not keep
    return "content" if is_content(word) else "word"
